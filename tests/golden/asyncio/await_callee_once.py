# The callee expression of an awaited call is evaluated once, in statements and
# expressions, whether or not the call runs inline.
import asyncio
def make():
    print("make")
    return asyncio.sleep
async def main():
    await make()(0.01)
    x = await make()(0.01, 5)
    print(x)
asyncio.run(main())


def make_coro():
    print("make_coro")

    async def inner(v):
        return v * 2

    return inner


async def more():
    await make_coro()(1)
    print(await make_coro()(2))
    fs = [asyncio.sleep]
    await fs[0](0)
    print(await fs[0](0, "r"))


asyncio.run(more())
