# Async generators consuming other async generators (a pipeline of stages)
import asyncio


async def source(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def square(it):
    async for x in it:
        yield x * x


async def only_odd(it):
    async for x in it:
        if x % 2:
            await asyncio.sleep(0.001)
            yield x


async def main():
    print([x async for x in only_odd(square(source(8)))])
    async for x in square(only_odd(source(5))):
        print("pipeline", x)


asyncio.run(main())
