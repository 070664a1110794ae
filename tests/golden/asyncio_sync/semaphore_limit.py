# Semaphore: at most `value` holders at once; waiters enter in FIFO order.
import asyncio
from _show import show

active = 0

async def job(i, sem):
    global active
    async with sem:
        active += 1
        print(f"job {i} in (active={active})", show(sem))
        await asyncio.sleep(0.01 * (i % 3 + 1))
        active -= 1
    print(f"job {i} out")

async def main():
    sem = asyncio.Semaphore(2)
    print(show(sem), sem.locked())
    await asyncio.gather(*(job(i, sem) for i in range(6)))
    print(show(sem), sem.locked())

asyncio.run(main())
