# Event: a cancelled waiter leaves the queue; wait_for() with a timeout on an event.
import asyncio
from _show import show

async def waiter(name, ev):
    try:
        await ev.wait()
        print(name, "woke")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(n, ev)) for n in "abc"]
    await asyncio.sleep(0)
    print(show(ev))
    ts[1].cancel()
    await asyncio.sleep(0)
    print(show(ev))
    try:
        await asyncio.wait_for(ev.wait(), 0.05)
    except asyncio.TimeoutError as e:
        print("wait_for timed out:", type(e).__name__, repr(str(e)))
    print(show(ev))
    ev.set()
    res = await asyncio.gather(*ts, return_exceptions=True)
    print([type(r).__name__ for r in res])

asyncio.run(main())
