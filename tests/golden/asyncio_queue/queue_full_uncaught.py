# put_nowait on a full LifoQueue, uncaught: asyncio.queues.QueueFull.
import asyncio


async def main():
    q = asyncio.LifoQueue(maxsize=1)
    await q.put(1)
    print(str(q))
    q.put_nowait(2)


asyncio.run(main())
