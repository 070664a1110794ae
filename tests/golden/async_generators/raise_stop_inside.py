# StopAsyncIteration or StopIteration raised inside an async generator become RuntimeError
import asyncio


async def bad_async():
    yield 1
    raise StopAsyncIteration


async def bad_sync():
    yield 1
    raise StopIteration("x")


async def main():
    for gen in (bad_async, bad_sync):
        try:
            async for v in gen():
                print(gen.__name__, "yielded", v)
        except RuntimeError as e:
            print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)


asyncio.run(main())
