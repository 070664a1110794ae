# anext() with and without a default, aiter(), on generators and __anext__ classes
import asyncio


async def two():
    yield "first"
    await asyncio.sleep(0)
    yield "second"


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def main():
    g = two()
    print(await anext(g))
    print(await anext(g, "default"))
    print(await anext(g, "default"))
    print(await anext(g, None))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("StopAsyncIteration without a default")
    c = Countdown(2)
    print(aiter(c) is c)
    print(await anext(c), await anext(c), await anext(c, "done"))
    it = aiter(two())
    print(await anext(it), await anext(it), await anext(it, -1))


asyncio.run(main())
