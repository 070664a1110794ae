# Async generators: yield and await interleave, asend-free iteration with async for.
import asyncio

async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0.1)
        print("producing", i)
        yield i * i

async def main():
    async for v in ticks(3):
        print("consumed", v)
    agen = ticks(2)
    print(await agen.__anext__())
    print(await agen.__anext__())
    try:
        await agen.__anext__()
    except StopAsyncIteration:
        print("exhausted")

asyncio.run(main())
