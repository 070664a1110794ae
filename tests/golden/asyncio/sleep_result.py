# sleep(delay, result=...) returns result; negative delay behaves like sleep(0).
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    print(await asyncio.sleep(0.2, result="two"))
    print(round(loop.time() - t0, 1))
    print(await asyncio.sleep(0, "zero"))
    print(await asyncio.sleep(-1, result=[1, 2]))
    print(await asyncio.sleep(0.1))
    print(round(loop.time() - t0, 1))

asyncio.run(main())
