# Async comprehensions over async generators: list, set, dict, with if, nested, await
import asyncio


async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def double(x):
    await asyncio.sleep(0)
    return 2 * x


async def main():
    print([x async for x in numbers(5)])
    print([x * x async for x in numbers(8) if x % 2 == 0])
    print({x % 3 async for x in numbers(10)})
    print({x: str(x) async for x in numbers(4) if x != 2})
    print([await double(x) async for x in numbers(4)])
    print([(x, y) async for x in numbers(3) for y in range(x)])
    print([(x, y) for x in range(2) async for y in numbers(2)])
    print(sum([x async for x in numbers(101)]))


asyncio.run(main())
