# An exception raised inside an async generator propagates out of async for uncaught
import asyncio


async def readings():
    yield 10
    await asyncio.sleep(0.01)
    yield 20
    raise ValueError("sensor failure")


async def monitor():
    async for r in readings():
        print("reading", r)


async def main():
    await monitor()


asyncio.run(main())
