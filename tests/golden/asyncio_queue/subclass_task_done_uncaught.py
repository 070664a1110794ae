# task_done() called too many times on a subclass: the uncaught ValueError.
import asyncio


class Q(asyncio.PriorityQueue):
    pass


async def main():
    q = Q()
    q.put_nowait((2, 'b'))
    q.put_nowait((1, 'a'))
    print(q.get_nowait(), str(q))
    q.task_done()
    q.task_done()
    q.task_done()


asyncio.run(main())
