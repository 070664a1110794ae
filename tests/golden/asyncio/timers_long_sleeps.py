# Sleeps of different lengths wake in deadline order regardless of start order; deltas are exact.
import asyncio

async def sleeper(name, d, log):
    await asyncio.sleep(d)
    log.append(name)
    print("woke", name, round(asyncio.get_running_loop().time() - T0, 1))

async def main():
    global T0
    T0 = asyncio.get_running_loop().time()
    log = []
    await asyncio.gather(sleeper("c", 0.3, log), sleeper("b", 0.2, log),
                         sleeper("a", 0.1, log), sleeper("d", 0.4, log))
    print(log)
    print("total", round(asyncio.get_running_loop().time() - T0, 1))

asyncio.run(main())
