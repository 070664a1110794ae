# Putters waiting on a full queue: cancelling one removes it; a putter woken by
# get_nowait and cancelled before it runs wakes the next putter.
import asyncio


async def putter(name, q, item):
    try:
        await q.put(item)
        print(name, 'put', item)
    except asyncio.CancelledError:
        print(name, 'cancelled', str(q))


async def main():
    q = asyncio.Queue(1)
    q.put_nowait('first')
    ts = [asyncio.create_task(putter(f'p{i}', q, i)) for i in range(4)]
    await asyncio.sleep(0)
    print(str(q))
    ts[2].cancel()
    await asyncio.sleep(0)
    print(str(q))
    print('get', q.get_nowait())
    ts[0].cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(str(q))
    print('get', q.get_nowait())
    await asyncio.gather(*ts)
    print(str(q))


asyncio.run(main())
