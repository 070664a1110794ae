# Lock: when every queued waiter is cancelled, an unlocked lock is acquired at once.
import asyncio
from _show import show

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    ts = [asyncio.create_task(lock.acquire()) for _ in range(2)]
    await asyncio.sleep(0)
    for t in ts:
        t.cancel()
    lock.release()
    print("before waiters ran:", show(lock))
    print("acquire ->", await lock.acquire(), show(lock))
    await asyncio.gather(*ts, return_exceptions=True)
    print([t.cancelled() for t in ts], show(lock))

asyncio.run(main())
