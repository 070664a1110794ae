# A get() coroutine that is never awaited: CPython's RuntimeWarning on stderr.
import asyncio


async def main():
    q = asyncio.Queue()
    q.get()
    print('after')


asyncio.run(main())
