# Semaphore: a waiter woken by release() but cancelled before running gives the
# unit back and wakes the next waiter (CPython 3.11.7's acquire()).
import asyncio
from _show import show

async def waiter(name, sem):
    try:
        await sem.acquire()
    except asyncio.CancelledError:
        print(name, "cancelled;", show(sem))
        raise
    print(name, "acquired;", show(sem))

async def main():
    sem = asyncio.Semaphore(0)
    a = asyncio.create_task(waiter("a", sem))
    b = asyncio.create_task(waiter("b", sem))
    c = asyncio.create_task(waiter("c", sem))
    await asyncio.sleep(0)
    print(show(sem))
    sem.release()
    print("released:", show(sem))
    a.cancel()
    await asyncio.gather(a, b, return_exceptions=True)
    print(a.cancelled(), b.done(), c.done(), show(sem))
    c.cancel()
    await asyncio.gather(c, return_exceptions=True)
    print(show(sem), sem.locked())

asyncio.run(main())
