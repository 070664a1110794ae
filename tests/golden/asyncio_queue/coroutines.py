# get(), put() and join() are coroutines: asyncio.iscoroutine, tasks of them, their
# names, and awaiting one twice.
import asyncio


async def main():
    q = asyncio.Queue()
    c = q.put(5)
    print(asyncio.iscoroutine(c), type(c).__name__, c.__qualname__)
    await c
    try:
        await c
    except RuntimeError as e:
        print('RuntimeError:', e)
    t = asyncio.create_task(q.get())
    print(await t)
    g = q.get
    q.put_nowait('via bound method')
    print(await g())
    j = asyncio.create_task(q.join())
    await asyncio.sleep(0)
    print(j.done())
    q.task_done()
    q.task_done()
    await j
    print(j.done(), j.result())
    await q.put(item='kw')
    print(q.get_nowait())


asyncio.run(main())
