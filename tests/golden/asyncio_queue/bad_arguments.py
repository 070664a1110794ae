# Wrong arguments to the constructor and the methods raise TypeError.
import asyncio


async def main():
    q = asyncio.Queue()
    for f in [lambda: asyncio.Queue(1, 2), lambda: asyncio.Queue(size=1),
              lambda: asyncio.LifoQueue(1, maxsize=2), lambda: q.put_nowait(),
              lambda: q.put_nowait(1, 2), lambda: q.get_nowait(1), lambda: q.qsize(1),
              lambda: q.put(), lambda: q.task_done(3)]:
        try:
            f()
        except TypeError as e:
            print('TypeError:', e)
    try:
        q.maxsize = 3
    except AttributeError as e:
        print('AttributeError:', e)
    q.name = 'jobs'
    print(q.name)
    b = asyncio.Queue(None)
    print(str(b))
    b.full()


asyncio.run(main())
