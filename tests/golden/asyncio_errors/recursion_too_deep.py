# Unbounded async recursion ends in RecursionError.
import asyncio

async def down(n):
    return await down(n + 1)

async def main():
    print("recursing")
    await down(0)

asyncio.run(main())
