# get_running_loop outside a loop raises RuntimeError; inside it returns the running loop.
import asyncio

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("outside:", e)

async def main():
    loop = asyncio.get_running_loop()
    print("inside:", loop.is_running(), loop is asyncio.get_event_loop())
    return loop

loop = asyncio.run(main())
print("after:", loop.is_running(), loop.is_closed())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("after run:", e)
