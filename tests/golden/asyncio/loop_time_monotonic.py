# loop.time() advances by the slept amounts; time.time() deltas agree.
import asyncio
import time

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    w0 = time.time()
    print(round(loop.time() - t0, 1))
    await asyncio.sleep(0.2)
    print(round(loop.time() - t0, 1), round(time.time() - w0, 1))
    await asyncio.sleep(0.3)
    print(round(loop.time() - t0, 1), round(time.time() - w0, 1))
    await asyncio.gather(asyncio.sleep(0.1), asyncio.sleep(0.2))
    print(round(loop.time() - t0, 1), round(time.time() - w0, 1))
    print(type(loop.time()).__name__)

asyncio.run(main())
