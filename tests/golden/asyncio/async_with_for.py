# async with and async for: __aenter__/__aexit__ and __anext__ can suspend, in order.
import asyncio

class Res:
    async def __aenter__(self):
        print("aenter")
        await asyncio.sleep(0.1)
        return "res"
    async def __aexit__(self, et, ev, tb):
        print("aexit", et.__name__ if et else None)
        await asyncio.sleep(0)
        return True

class Count:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await asyncio.sleep(0.01)
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def main():
    async with Res() as r:
        print("body", r)
    async with Res():
        raise ValueError("suppressed")
    print("after suppressed")
    async for x in Count(3):
        print("item", x)
    print([x async for x in Count(4)])

asyncio.run(main())
