# A bare return (or the end of the body) ends an async generator
import asyncio


async def until_negative(values):
    for v in values:
        if v < 0:
            print("negative, returning")
            return
        yield v
    print("ran out of values")


async def main():
    print([v async for v in until_negative([3, 1, -2, 5])])
    print([v async for v in until_negative([7, 8])])


asyncio.run(main())
