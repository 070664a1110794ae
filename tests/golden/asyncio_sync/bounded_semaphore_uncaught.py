# BoundedSemaphore: releasing more than acquired is an uncaught ValueError.
import asyncio

async def main():
    sem = asyncio.BoundedSemaphore(1)
    async with sem:
        print("working")
    print("one release too many")
    sem.release()

asyncio.run(main())
