# The classic tutorial ticker: an async generator producing values at an interval
import asyncio
import time


async def ticker(delay, to):
    """Yield numbers from 0 to `to` every `delay` seconds."""
    for i in range(to):
        yield i
        await asyncio.sleep(delay)


async def main():
    start = time.monotonic()
    async for i in ticker(0.1, 3):
        elapsed = time.monotonic() - start
        print(i, round(elapsed, 1))
    result = [i async for i in ticker(0.01, 3) if i % 2 == 0]
    print(result)


asyncio.run(main())
