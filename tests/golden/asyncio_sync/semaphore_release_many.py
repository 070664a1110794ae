# Semaphore: several release() calls in one step wake that many waiters in order;
# the extra units stay in the counter.
import asyncio
from _show import show

async def waiter(i, sem):
    await sem.acquire()
    print("waiter", i, "acquired;", show(sem))

async def main():
    sem = asyncio.Semaphore(0)
    ts = [asyncio.create_task(waiter(i, sem)) for i in range(3)]
    await asyncio.sleep(0)
    print(show(sem))
    for _ in range(5):
        sem.release()
    print("after 5 releases:", show(sem))
    await asyncio.gather(*ts)
    print(show(sem), sem.locked())
    print(await sem.acquire(), await sem.acquire(), show(sem))

asyncio.run(main())
