# A task's cleanup may await during shutdown; asyncio.run waits for it to finish.
import asyncio

async def worker():
    try:
        await asyncio.sleep(10)
    finally:
        print("cleanup begins")
        await asyncio.sleep(0.1)
        print("cleanup step 2")
        await asyncio.sleep(0)
        print("cleanup ends")

async def main():
    asyncio.create_task(worker())
    await asyncio.sleep(0)
    print("main done")

asyncio.run(main())
print("run returned")
