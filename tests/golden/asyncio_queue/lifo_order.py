# LifoQueue is a stack: the most recently added item comes out first.
import asyncio


async def main():
    q = asyncio.LifoQueue()
    for c in 'abcde':
        await q.put(c)
    print(str(q))
    out = []
    while not q.empty():
        out.append(await q.get())
    print(out)
    q.put_nowait(1)
    q.put_nowait(2)
    print(q.get_nowait(), q.qsize())
    print(isinstance(q, asyncio.Queue), isinstance(q, asyncio.LifoQueue))
    print(type(q).__mro__[1].__name__)


asyncio.run(main())
