# Condition: a waiter notified and then cancelled while it waits for the lock still
# takes the lock, then raises CancelledError; notify() skips futures already done.
import asyncio
from _show import show

async def waiter(name, cond):
    async with cond:
        try:
            await cond.wait()
            print(name, "woke normally")
        except asyncio.CancelledError:
            print(name, "cancelled, locked:", cond.locked())
            raise

async def main():
    cond = asyncio.Condition()
    a = asyncio.create_task(waiter("a", cond))
    b = asyncio.create_task(waiter("b", cond))
    await asyncio.sleep(0)
    async with cond:
        cond.notify()
        cond.notify()
        print("notified twice:", show(cond))
        await asyncio.sleep(0)
        a.cancel()
        await asyncio.sleep(0)
    res = await asyncio.gather(a, b, return_exceptions=True)
    print([type(r).__name__ for r in res], show(cond))

asyncio.run(main())
