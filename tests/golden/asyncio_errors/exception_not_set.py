# Calling exception() on a pending task raises InvalidStateError: Exception is not set.
import asyncio

async def main():
    t = asyncio.create_task(asyncio.sleep(1))
    print("pending:", t.done())
    t.exception()

asyncio.run(main())
