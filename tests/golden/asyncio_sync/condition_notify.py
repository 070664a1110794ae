# Condition: notify() wakes one waiter at a time, notify(n) several, in FIFO order;
# each re-acquires the lock before wait() returns.
import asyncio
from _show import show

async def waiter(i, cond):
    async with cond:
        print("waiter", i, "waits")
        r = await cond.wait()
        print("waiter", i, "notified ->", r, "locked:", cond.locked())

async def main():
    cond = asyncio.Condition()
    ts = [asyncio.create_task(waiter(i, cond)) for i in range(5)]
    await asyncio.sleep(0)
    print(show(cond))
    async with cond:
        cond.notify()
        print("notified 1:", show(cond))
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
        print("notified 2")
    await asyncio.sleep(0)
    print(show(cond))
    async with cond:
        cond.notify(0)
        cond.notify_all()
        print("notified all:", show(cond))
    await asyncio.gather(*ts)
    print(show(cond))

asyncio.run(main())
