# 1M task switches: 10 tasks each doing 100k `await asyncio.sleep(0)`.
import asyncio

count = 0


async def worker(n):
    global count
    for _ in range(n):
        count += 1
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(*(worker(100_000) for _ in range(10)))


asyncio.run(main())
print(count)
