# Putters waiting on a full queue are woken one per get, in order; a get that does
# not wait never yields to the loop.
import asyncio


async def putter(name, q, item):
    print(name, 'putting', item)
    await q.put(item)
    print(name, 'done')


async def main():
    q = asyncio.Queue(2)
    ts = [asyncio.create_task(putter(f'p{i}', q, i)) for i in range(5)]
    await asyncio.sleep(0)
    print(str(q))
    for _ in range(5):
        print('got', await q.get(), str(q))
    await asyncio.sleep(0)
    print(str(q))
    await asyncio.gather(*ts)
    print(str(q))


asyncio.run(main())
