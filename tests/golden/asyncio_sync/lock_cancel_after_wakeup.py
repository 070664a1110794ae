# Lock: a waiter that was woken by release() but cancelled before it ran passes the
# wake-up on to the next waiter (CPython 3.11's _wake_up_first).
import asyncio
from _show import show

async def waiter(name, lock):
    try:
        await lock.acquire()
    except asyncio.CancelledError:
        print(name, "cancelled; lock locked?", lock.locked())
        raise
    print(name, "acquired")
    await asyncio.sleep(0)
    lock.release()
    print(name, "released")

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(waiter("a", lock))
    b = asyncio.create_task(waiter("b", lock))
    await asyncio.sleep(0)
    print(show(lock))
    lock.release()          # wakes a (its future is done now)
    a.cancel()              # ... but a is cancelled before it runs
    print("after release+cancel:", show(lock))
    await asyncio.gather(a, b, return_exceptions=True)
    print(a.cancelled(), b.cancelled(), show(lock))

asyncio.run(main())
