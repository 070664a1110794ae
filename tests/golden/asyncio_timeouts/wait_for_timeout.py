# wait_for(): on timeout the inner task is cancelled and awaited, then TimeoutError
# (asyncio.TimeoutError is the builtin) is raised from the CancelledError.
import asyncio

async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("slow: cancelled, cleaning up")
        await asyncio.sleep(0.01)
        print("slow: cleanup done")
        raise

async def main():
    print(asyncio.TimeoutError is TimeoutError)
    t = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(t, timeout=0.02)
    except asyncio.TimeoutError as e:
        print("TimeoutError", repr(str(e)), type(e.__cause__).__name__, t.cancelled())
    print(await asyncio.wait_for(asyncio.sleep(0.01, "in time"), 0.1))
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0)
    except TimeoutError:
        print("timeout=0 times out at once")
    print(await asyncio.wait_for(asyncio.sleep(0, "no limit"), None))

asyncio.run(main())
