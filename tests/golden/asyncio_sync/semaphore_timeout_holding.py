# Semaphore: a holder hit by a timeout releases its slot on the way out (async with),
# so the waiters behind it still get in; a waiter timing out in acquire() leaves
# the queue.
import asyncio
from _show import show

async def job(name, sem, duration, limit):
    try:
        async with asyncio.timeout(limit):
            async with sem:
                print(name, "acquired", show(sem))
                await asyncio.sleep(duration)
                print(name, "finished work")
    except TimeoutError:
        print(name, "timed out;", show(sem))

async def main():
    sem = asyncio.Semaphore(1)
    await asyncio.gather(job("slow", sem, 1, 0.05), job("impatient", sem, 0.01, 0.02),
                         job("quick", sem, 0.01, 0.5), job("late", sem, 0.01, 0.5))
    print(show(sem))

asyncio.run(main())
