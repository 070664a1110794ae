# Lock: cancelling a task blocked in acquire() removes it from the queue; the next
# waiter gets the lock, and the cancelled one never holds it.
import asyncio
from _show import show

async def user(name, lock):
    try:
        async with lock:
            print(name, "holds")
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        print(name, "cancelled while waiting; locked:", lock.locked())
        raise

async def main():
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(user(f"t{i}", lock)) for i in range(4)]
    await asyncio.sleep(0)
    print(show(lock))
    tasks[1].cancel()
    await asyncio.sleep(0)
    print(show(lock))
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print(show(lock))

asyncio.run(main())
