# Objects with __await__ (delegating to a coroutine's __await__) can be awaited and wrapped in tasks.
import asyncio

async def inner(x):
    print("inner", x)
    await asyncio.sleep(0.1)
    return x + 1

class Awaitable:
    def __init__(self, x):
        self.x = x
    def __await__(self):
        print("__await__ called")
        r = yield from inner(self.x).__await__()
        return r * 10

async def main():
    print(await Awaitable(1))
    t = asyncio.ensure_future(Awaitable(2))
    print(type(t).__name__, await t)
    print(await asyncio.gather(Awaitable(3), Awaitable(4)))

asyncio.run(main())
