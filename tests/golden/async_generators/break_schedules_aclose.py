# Leaving async for with break drops the generator: asyncio schedules its aclose()
# as a task, so its finally runs a couple of loop turns later, as in CPython
import asyncio


async def ticker(name):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print(f"{name}: finally")


async def other():
    for i in range(4):
        print("other", i)
        await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(other())
    async for x in ticker("a"):
        print("a", x)
        if x == 1:
            break
    print("after break")
    for i in range(3):
        await asyncio.sleep(0)
        print("main turn", i)
    await t


asyncio.run(main())
