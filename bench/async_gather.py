# 100k tasks through one gather: creation, scheduling, completion and result collection.
import asyncio


async def square(i):
    await asyncio.sleep(0)
    return i * i


async def main():
    results = await asyncio.gather(*(square(i) for i in range(100_000)))
    print(len(results), sum(results) % 1_000_007)


asyncio.run(main())
