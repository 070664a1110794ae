# An async generator: async for over its yields, its type, names and repr
import asyncio


async def countdown(n):
    while n > 0:
        yield n
        n -= 1


async def main():
    g = countdown(3)
    print(type(g).__name__, g.__name__, g.__qualname__)
    print(repr(g).startswith("<async_generator object countdown at 0x"))
    print(g.__aiter__() is g, g.ag_running)
    async for x in g:
        print("got", x)
    async for x in countdown(0):
        print("never", x)
    else:
        print("empty loop ran its else")
    total = 0
    async for x in countdown(4):
        total += x
    print("total", total)


asyncio.run(main())
