# str() of queues, and repr() without its address: maxsize, _queue, _getters,
# _putters, tasks.
import asyncio


def no_id(q):
    r = repr(q)
    head, rest = r.split(' at 0x')
    return head + ' ' + rest.split(' ', 1)[1]


async def getter(q):
    return await q.get()


async def main():
    q = asyncio.Queue(1)
    print(str(q))
    print(no_id(q))
    tasks = [asyncio.create_task(getter(q)) for _ in range(3)]
    await asyncio.sleep(0)
    print(str(q))
    q.put_nowait([1, 'two'])
    print(str(q))
    puts = [asyncio.create_task(q.put(i)) for i in range(2)]
    await asyncio.sleep(0)
    print(str(q))
    print(no_id(q))
    print(f'{q}')
    print(await asyncio.gather(*tasks))
    await asyncio.gather(*puts)
    print(str(q))
    print(str(asyncio.LifoQueue()), str(asyncio.PriorityQueue(maxsize=3)))
    print(str(asyncio.Queue(maxsize='x')))


asyncio.run(main())
