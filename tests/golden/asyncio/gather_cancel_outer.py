# Cancelling the future returned by gather cancels every child still running.
import asyncio

async def child(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    g = asyncio.gather(child("a", 0.1), child("b", 1), child("c", 2))
    await asyncio.sleep(0.5)
    print("cancel gather:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("main: gather cancelled", g.cancelled())

asyncio.run(main())
