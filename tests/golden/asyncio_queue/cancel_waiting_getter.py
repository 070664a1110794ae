# Cancelling a getter that waits: it is removed, and the others still get items in
# FIFO order.
import asyncio


async def getter(name, q):
    try:
        item = await q.get()
        print(name, 'got', item)
    except asyncio.CancelledError:
        print(name, 'cancelled', str(q))
        raise


async def main():
    q = asyncio.Queue()
    ts = [asyncio.create_task(getter(f'g{i}', q)) for i in range(4)]
    await asyncio.sleep(0)
    print(str(q))
    ts[1].cancel()
    await asyncio.sleep(0)
    print(str(q))
    for i in range(3):
        q.put_nowait(i)
    await asyncio.gather(*ts, return_exceptions=True)
    print(str(q), [t.cancelled() for t in ts])


asyncio.run(main())
