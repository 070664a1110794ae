# gather does not cancel siblings: the first exception propagates, the others keep running.
import asyncio

async def fail(d, msg):
    await asyncio.sleep(d)
    print("failing", msg)
    raise ValueError(msg)

async def ok(d, name):
    await asyncio.sleep(d)
    print("ok finished", name)
    return name

async def main():
    try:
        await asyncio.gather(ok(0.3, "late"), fail(0.1, "first"), fail(0.2, "second"), ok(0.05, "early"))
    except ValueError as e:
        print("main caught", e)
    await asyncio.sleep(0.5)
    print("main end")

asyncio.run(main())
