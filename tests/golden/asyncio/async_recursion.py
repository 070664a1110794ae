# Async recursion: 300 levels of awaited calls work and return the right value.
import asyncio

async def depth(n):
    if n == 0:
        await asyncio.sleep(0)
        return 0
    return 1 + await depth(n - 1)

async def fib(n):
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)

async def main():
    print(await depth(300))
    print(await fib(15))

asyncio.run(main())
