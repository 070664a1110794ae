# Subclass instances used by waiting getters and putters: the wake-up order is the
# base class's.
import asyncio


class Q(asyncio.Queue):
    pass


async def worker(name, inq, outq):
    item = await inq.get()
    print(name, 'got', item)
    await outq.put(item * 10)
    print(name, 'put', item * 10)


async def main():
    inq, outq = Q(1), Q(1)
    ws = [asyncio.create_task(worker(f'w{i}', inq, outq)) for i in range(3)]
    await asyncio.sleep(0)
    print(str(inq))
    for i in range(1, 4):
        await inq.put(i)
        print('main put', i, str(inq), str(outq))
    for _ in range(3):
        print('main got', await outq.get(), str(outq))
    await asyncio.gather(*ws)
    print(str(inq), str(outq))


asyncio.run(main())
