# An exception inside an async generator consumed by an async comprehension
import asyncio


async def parse(lines):
    for line in lines:
        await asyncio.sleep(0)
        yield int(line)


async def main():
    print([n async for n in parse(["1", "2"])])
    print([n async for n in parse(["3", "four", "5"])])


asyncio.run(main())
