# An exception raised in a task propagates to main through await task and out of asyncio.run.
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    print("worker divides")
    return 1 // 0

async def main():
    t = asyncio.create_task(worker())
    print("main awaits")
    await t

asyncio.run(main())
