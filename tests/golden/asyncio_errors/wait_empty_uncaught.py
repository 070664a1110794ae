# asyncio.wait on an empty list is an uncaught ValueError.
import asyncio

async def main():
    print("waiting on nothing")
    await asyncio.wait([])

asyncio.run(main())
