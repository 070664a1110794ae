# PriorityQueue: heapq ordering, (priority, data) tuples, ties broken by the data.
import asyncio


async def main():
    q = asyncio.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z'), (5, 'e'), (0, 'first'), (2, 'a')]:
        q.put_nowait(item)
    print(str(q))
    while not q.empty():
        print(await q.get())
    for n in [5, 3, 8, 1, 9, 2, 7]:
        await q.put(n)
    print(str(q))
    print([q.get_nowait() for _ in range(q.qsize())])


asyncio.run(main())
