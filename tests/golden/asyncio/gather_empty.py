# gather() with no arguments resolves to an empty list.
import asyncio

async def main():
    print(await asyncio.gather())
    print(await asyncio.gather(*[]))
    print(await asyncio.gather(return_exceptions=True))

asyncio.run(main())
