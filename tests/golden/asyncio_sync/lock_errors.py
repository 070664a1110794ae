# Lock: release() of an unlocked lock; acquire() returns True; async with gives None
# and releases on an exception.
import asyncio

async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await lock.acquire(), lock.locked())
    lock.release()
    async with lock as value:
        print("as ->", value, lock.locked())
    print(lock.locked())
    try:
        async with lock:
            raise ValueError("inside")
    except ValueError as e:
        print("ValueError:", e, "locked:", lock.locked())

asyncio.run(main())
