# One producer, three consumers on a bounded queue: the exact interleaving of puts,
# gets and task_done, then join().
import asyncio


async def consumer(name, q):
    while True:
        item = await q.get()
        print(f'{name} got {item} (qsize {q.qsize()})')
        if item % 2:
            await asyncio.sleep(0)
        q.task_done()
        print(f'{name} done {item}')


async def producer(q):
    for i in range(10):
        print(f'put {i} (full {q.full()})')
        await q.put(i)
    print('joining')
    await q.join()
    print('joined', str(q))


async def main():
    q = asyncio.Queue(maxsize=3)
    cs = [asyncio.create_task(consumer(f'c{i}', q)) for i in range(3)]
    await producer(q)
    for c in cs:
        c.cancel()
    res = await asyncio.gather(*cs, return_exceptions=True)
    print([type(r).__name__ for r in res])


asyncio.run(main())
