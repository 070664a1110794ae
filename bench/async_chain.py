# Await chains 200 deep, 2000 times: each level awaits the next, the bottom sleeps.
import asyncio


async def level(n):
    if n == 0:
        await asyncio.sleep(0)
        return 1
    return 1 + await level(n - 1)


async def main():
    total = 0
    for _ in range(2000):
        total += await level(200)
    print(total)


asyncio.run(main())
