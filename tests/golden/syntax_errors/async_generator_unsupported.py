# differs from CPython: asynchronous generators ('yield' inside 'async def') are not supported by coropy yet; they are rejected with a SyntaxError instead of misbehaving
import asyncio

async def ticks(n):
    for i in range(n):
        yield i

async def main():
    async for t in ticks(3):
        print(t)

asyncio.run(main())
