# loop.run_in_executor and asyncio.to_thread: blocking jobs overlap as worker threads
# would (under the virtual clock each runs on a timeline of its own), results and
# exceptions come back through the future; a cancelled job's result is dropped.
import asyncio
import time


def blocking(name, secs):
    time.sleep(secs)
    return f"{name} slept {secs}"


def broken():
    raise ValueError("in thread")


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.1)


async def main():
    loop = asyncio.get_running_loop()
    t0 = time.monotonic()
    r = await loop.run_in_executor(None, blocking, "a", 0.2)
    print(r, round(time.monotonic() - t0, 1))
    t0 = time.monotonic()
    res = await asyncio.gather(
        loop.run_in_executor(None, blocking, "b", 0.35),
        asyncio.to_thread(blocking, "c", 0.15),
        ticker(),
    )
    print(res, round(time.monotonic() - t0, 1))
    try:
        await asyncio.to_thread(broken)
    except ValueError as e:
        print("caught", e)
    print(await asyncio.to_thread(sorted, [3, 1, 2], reverse=True))
    fut = loop.run_in_executor(None, blocking, "d", 0.3)
    await asyncio.sleep(0.1)
    fut.cancel()
    print(fut.cancelled())
    await asyncio.sleep(0.4)
    print("done")


asyncio.run(main())
