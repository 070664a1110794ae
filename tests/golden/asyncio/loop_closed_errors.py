# A closed loop refuses work; run_until_complete refuses a loop that is already running.
import asyncio

loop = asyncio.new_event_loop()
loop.close()
try:
    loop.call_soon(print, "x")
except RuntimeError as e:
    print("call_soon:", e)
c = asyncio.sleep(0)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("run_until_complete:", e)
c.close()

async def main():
    loop = asyncio.get_running_loop()
    c = asyncio.sleep(0)
    try:
        loop.run_until_complete(c)
    except RuntimeError as e:
        print("nested:", e)
    c.close()
    try:
        loop.close()
    except RuntimeError as e:
        print("close:", e)

asyncio.run(main())
