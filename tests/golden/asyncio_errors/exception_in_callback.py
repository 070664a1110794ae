# An exception in a call_soon callback is logged and the loop keeps running.
import asyncio

def bad_cb():
    print("bad callback")
    raise ZeroDivisionError("in callback")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad_cb)
    loop.call_soon(print, "next callback still runs")
    await asyncio.sleep(0.1)
    print("main finished")

asyncio.run(main())
