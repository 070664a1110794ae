# gather of the same awaitable twice runs it once and repeats its result.
import asyncio

async def f():
    print("f runs")
    await asyncio.sleep(0.1)
    return "r"

async def main():
    c = f()
    print(await asyncio.gather(c, c))
    t = asyncio.create_task(f())
    print(await asyncio.gather(t, t, t))

asyncio.run(main())
