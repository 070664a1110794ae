# Event: clear() right after set() does not un-wake waiters already woken; later
# waiters block again until the next set().
import asyncio
from _show import show

async def waiter(name, ev):
    await ev.wait()
    print(name, "woke; is_set =", ev.is_set())

async def main():
    ev = asyncio.Event()
    a = asyncio.create_task(waiter("a", ev))
    b = asyncio.create_task(waiter("b", ev))
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    print("after set+clear:", show(ev))
    await asyncio.sleep(0)
    c = asyncio.create_task(waiter("c", ev))
    await asyncio.sleep(0.01)
    print("c done?", c.done(), show(ev))
    ev.set()
    ev.set()   # a second set() is a no-op
    await c
    print(show(ev))
    ev.clear()
    print(ev.is_set(), show(ev))

asyncio.run(main())
