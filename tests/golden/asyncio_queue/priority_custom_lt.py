# PriorityQueue compares items with < only; a class defining __lt__ orders itself,
# and the comparisons the heap makes (and their order) are heapq's.
import asyncio


class Job:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name

    def __lt__(self, other):
        print(f'  {self.name} < {other.name}?')
        return self.prio < other.prio

    def __repr__(self):
        return f'Job({self.name})'


async def main():
    q = asyncio.PriorityQueue()
    for p, n in [(4, 'd'), (2, 'b'), (3, 'c'), (1, 'a')]:
        print('put', n)
        await q.put(Job(p, n))
    print(str(q))
    while q.qsize():
        print('got', await q.get())


asyncio.run(main())
