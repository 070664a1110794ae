# Lock: releasing an unlocked lock is an uncaught RuntimeError with CPython's message.
import asyncio

async def main():
    lock = asyncio.Lock()
    async with lock:
        print("inside")
    print("releasing again")
    lock.release()

asyncio.run(main())
