# Queue basics: put_nowait/get_nowait in FIFO order, qsize, empty, full, maxsize.
import asyncio


async def main():
    q = asyncio.Queue()
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    for i in range(5):
        q.put_nowait(i * 10)
    print(q.qsize(), q.empty(), q.full())
    print([q.get_nowait() for _ in range(3)])
    await q.put('x')
    print(await q.get(), await q.get(), await q.get())
    print(q.qsize(), q.empty())
    print(type(q).__name__, isinstance(q, asyncio.Queue))


asyncio.run(main())
