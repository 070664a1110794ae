# Exception chaining (__context__/__cause__) survives suspension inside except blocks.
import asyncio

async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)

async def main():
    try:
        try:
            await fail("inner")
        except ValueError:
            await asyncio.sleep(0.1)
            raise KeyError("outer")
    except KeyError as e:
        print(repr(e), repr(e.__context__))
    try:
        try:
            await fail("cause")
        except ValueError as v:
            await asyncio.sleep(0)
            raise RuntimeError("wrapped") from v
    except RuntimeError as e:
        print(repr(e), repr(e.__cause__), e.__suppress_context__)

asyncio.run(main())
