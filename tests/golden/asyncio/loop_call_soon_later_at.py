# call_soon runs in FIFO order before timers; call_later/call_at fire by deadline with exact times.
import asyncio

def cb(tag, loop, t0):
    print(tag, round(loop.time() - t0, 1))

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    loop.call_later(0.3, cb, "later 0.3", loop, t0)
    loop.call_at(t0 + 0.1, cb, "at +0.1", loop, t0)
    loop.call_soon(cb, "soon 1", loop, t0)
    loop.call_later(0, cb, "later 0", loop, t0)
    loop.call_soon(cb, "soon 2", loop, t0)
    loop.call_later(0.2, cb, "later 0.2", loop, t0)
    print("main sleeps")
    await asyncio.sleep(0.5)
    print("main wakes", round(loop.time() - t0, 1))

asyncio.run(main())
