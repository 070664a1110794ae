# Lock: waiters acquire in FIFO order; the repr tracks locked state and waiter count.
import asyncio
from _show import show

async def worker(name, lock):
    print(name, "wants", show(lock))
    async with lock:
        print(name, "holds", show(lock))
        await asyncio.sleep(0.01)
    print(name, "released", lock.locked())

async def main():
    lock = asyncio.Lock()
    print(show(lock), lock.locked())
    await asyncio.gather(*(worker(f"w{i}", lock) for i in range(4)))
    print(show(lock))

asyncio.run(main())
