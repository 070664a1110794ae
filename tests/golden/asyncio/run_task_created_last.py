# A task created just before main returns still runs its first step before shutdown cancels it.
import asyncio

async def late(name):
    print(name, "first step")
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "cancelled at shutdown")
        raise

async def quiet():
    print("quiet first step")
    await asyncio.sleep(1)

async def main():
    asyncio.create_task(late("late1"))
    asyncio.create_task(quiet())
    print("main returning")

asyncio.run(main())
print("end")
