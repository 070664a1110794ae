# sleep(0) inside an async generator yields exactly one loop turn to other tasks
import asyncio


async def gen():
    for i in range(3):
        print("gen before sleep", i)
        await asyncio.sleep(0)
        print("gen after sleep", i)
        yield i


async def other():
    for i in range(6):
        print("other", i)
        await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(other())
    async for v in gen():
        print("main got", v)
    await t


asyncio.run(main())
