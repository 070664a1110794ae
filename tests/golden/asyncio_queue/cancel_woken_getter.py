# A getter woken by put_nowait and cancelled before it runs: it cannot take the item,
# so CPython's get() wakes the next getter in line, which gets it.
import asyncio


async def getter(name, q):
    try:
        item = await q.get()
        print(name, 'got', item)
    except asyncio.CancelledError:
        print(name, 'cancelled', str(q))


async def main():
    q = asyncio.Queue()
    ts = [asyncio.create_task(getter(f'g{i}', q)) for i in range(3)]
    await asyncio.sleep(0)
    q.put_nowait('item')
    ts[0].cancel()
    print(str(q))
    await asyncio.gather(*ts[:2])
    print(str(q))
    q.put_nowait('later')
    await ts[2]
    print(str(q))


asyncio.run(main())
