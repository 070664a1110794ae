# An exception leaving an async for body also drops the generator: aclose() runs later
import asyncio


async def items():
    try:
        for i in range(5):
            yield i
    finally:
        print("items: finally")


async def main():
    try:
        async for i in items():
            print("item", i)
            if i == 2:
                raise KeyError(i)
    except KeyError as e:
        print("caught", repr(e))
    print("before sleep")
    await asyncio.sleep(0)
    print("one turn")
    await asyncio.sleep(0)
    print("two turns")


asyncio.run(main())
