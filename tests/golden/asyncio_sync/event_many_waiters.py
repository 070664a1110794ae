# Event: many waiters wake in the order they started waiting, all on the same turn.
import asyncio
from _show import show

async def waiter(i, ev, log):
    print("waiting", i)
    r = await ev.wait()
    log.append(i)
    print("woke", i, r)

async def ticker():
    for t in range(3):
        print("tick", t)
        await asyncio.sleep(0)

async def main():
    ev = asyncio.Event()
    log = []
    order = [3, 0, 4, 1, 2]
    tasks = [asyncio.create_task(waiter(i, ev, log)) for i in order]
    await asyncio.sleep(0)
    print(show(ev), ev.is_set())
    asyncio.create_task(ticker())
    ev.set()
    print("set:", show(ev))
    await asyncio.gather(*tasks)
    print(log == order, show(ev))

asyncio.run(main())
