# Handles returned by call_soon/call_later can be cancelled; TimerHandle.when() is the deadline.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    h1 = loop.call_soon(print, "soon kept")
    h2 = loop.call_soon(print, "soon cancelled")
    h3 = loop.call_later(0.2, print, "later cancelled")
    h4 = loop.call_later(0.1, print, "later kept")
    print(type(h1).__name__, type(h3).__name__)
    print(round(h4.when() - t0, 1))
    h2.cancel()
    h3.cancel()
    print(h2.cancelled(), h1.cancelled())
    await asyncio.sleep(0.3)
    h1.cancel()
    print("end")

asyncio.run(main())
