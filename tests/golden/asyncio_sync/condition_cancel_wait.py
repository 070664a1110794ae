# Condition: a waiter cancelled during wait() re-acquires the lock before the
# CancelledError leaves wait(), so its `async with` releases it as usual.
import asyncio
from _show import show

async def waiter(cond):
    async with cond:
        try:
            await cond.wait()
        except asyncio.CancelledError:
            print("waiter cancelled; lock held again:", cond.locked())
            raise
        finally:
            print("waiter leaving the block")

async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(waiter(cond))
    await asyncio.sleep(0)
    print(show(cond))
    async with cond:
        t.cancel()
        await asyncio.sleep(0)
        print("main holds the lock:", show(cond))
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled())
    print(show(cond))

asyncio.run(main())
