# Subclasses overriding public methods and calling super(), of LifoQueue and
# PriorityQueue too; _format feeds str().
import asyncio


class CountingLifo(asyncio.LifoQueue):
    def __init__(self, maxsize=0):
        super().__init__(maxsize)
        self.puts = 0

    def put_nowait(self, item):
        self.puts += 1
        super().put_nowait(item)

    def _format(self):
        return super()._format() + f' puts={self.puts}'


class ReversePriority(asyncio.PriorityQueue):
    def _put(self, item):
        super()._put(-item)

    def _get(self):
        return -super()._get()


async def main():
    q = CountingLifo()
    for i in range(3):
        await q.put(i)
    print(str(q))
    print(await q.get(), q.get_nowait())
    print(str(q), q.maxsize)
    p = ReversePriority()
    for n in [3, 9, 1, 5]:
        p.put_nowait(n)
    print([await p.get() for _ in range(4)])
    try:
        p.get_nowait()
    except asyncio.QueueEmpty:
        print('empty')
    p.task_done()
    p.task_done()
    p.task_done()
    p.task_done()
    try:
        p.task_done()
    except ValueError as e:
        print(e)


asyncio.run(main())
