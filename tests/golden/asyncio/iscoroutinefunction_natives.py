# iscoroutinefunction on asyncio's own coroutine functions (native in coropy).
import asyncio


async def main():
    q = asyncio.Queue()
    e = asyncio.Event()
    lock = asyncio.Lock()
    for f in (asyncio.sleep, q.get, q.put, q.join, q.get_nowait, e.wait, e.set,
              lock.acquire, asyncio.gather, asyncio.create_task, main, print):
        print(getattr(f, "__name__", "?"), asyncio.iscoroutinefunction(f))


asyncio.run(main())
