# await inside list/dict comprehensions in an async def runs elements in order.
import asyncio

async def f(x):
    print("f", x)
    await asyncio.sleep(0.01)
    return x * 10

async def main():
    xs = [3, 1, 2]
    print([await f(x) for x in xs])
    print({x: await f(x) for x in xs if x != 1})
    print(sum([await f(x) for x in range(3)]))

asyncio.run(main())
