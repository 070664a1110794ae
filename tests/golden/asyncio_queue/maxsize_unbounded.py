# maxsize <= 0 means unbounded: full() is never true and put never waits.
import asyncio


async def main():
    for m in (0, -1, -5):
        q = asyncio.Queue(m)
        for i in range(100):
            await q.put(i)
        print(m, q.maxsize, q.qsize(), q.full())
    q = asyncio.Queue(maxsize=2)
    q.put_nowait(1)
    print(q.full())
    q.put_nowait(2)
    print(q.full(), q.qsize(), q.maxsize)
    q2 = asyncio.Queue(2.5)
    for i in range(3):
        q2.put_nowait(i)
    print(q2.full(), str(q2))


asyncio.run(main())
