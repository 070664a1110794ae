# Calling result() on a pending future raises InvalidStateError: Result is not set.
import asyncio

async def main():
    fut = asyncio.get_running_loop().create_future()
    print("pending:", fut.done())
    fut.result()

asyncio.run(main())
