# Barrier: an uncaught BrokenBarrierError names asyncio.exceptions in the traceback.
import asyncio

async def main():
    barrier = asyncio.Barrier(2)
    await barrier.abort()
    print("aborted; waiting anyway")
    await barrier.wait()

asyncio.run(main())
