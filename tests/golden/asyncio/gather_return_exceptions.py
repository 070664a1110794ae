# gather(return_exceptions=True) puts exceptions in their places in the result list.
import asyncio

async def f(i):
    await asyncio.sleep(0.1 * (3 - i))
    if i % 2:
        raise KeyError(i)
    return i * 10

async def main():
    res = await asyncio.gather(*[f(i) for i in range(4)], return_exceptions=True)
    for r in res:
        print(type(r).__name__, repr(r))

asyncio.run(main())
