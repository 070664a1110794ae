# An async generator expression is an async generator too
import asyncio


async def source(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)


async def main():
    squares = (x * x async for x in source(5) if x != 3)
    print(type(squares).__name__)
    async for s in squares:
        print("square", s)
    doubled = (x * 2 async for x in source(4))
    print([y async for y in doubled])
    evens = (x for x in range(6) if x % 2 == 0)
    print([await asyncio.sleep(0, x) for x in evens])


asyncio.run(main())
