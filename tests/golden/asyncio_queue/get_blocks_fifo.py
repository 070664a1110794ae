# Several getters waiting: each put_nowait wakes the first one still waiting, and a
# woken getter runs one loop turn later.
import asyncio


async def getter(name, q):
    print(name, 'waiting')
    item = await q.get()
    print(name, 'got', item)


async def main():
    q = asyncio.Queue()
    ts = [asyncio.create_task(getter(f'g{i}', q)) for i in range(3)]
    await asyncio.sleep(0)
    q.put_nowait('a')
    q.put_nowait('b')
    print('put a, b', str(q))
    await asyncio.sleep(0)
    print('after one turn', str(q))
    q.put_nowait('c')
    await asyncio.sleep(0)
    await asyncio.gather(*ts)
    print(str(q))


asyncio.run(main())
