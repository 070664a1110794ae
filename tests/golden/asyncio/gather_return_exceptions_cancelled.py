# gather(return_exceptions=True) reports a cancelled child as a CancelledError in its slot.
import asyncio

async def child(name, d):
    await asyncio.sleep(d)
    return name

async def main():
    a = asyncio.create_task(child("a", 0.1))
    b = asyncio.create_task(child("b", 0.5))
    c = asyncio.create_task(child("c", 0.2))
    asyncio.get_running_loop().call_later(0.3, b.cancel)
    res = await asyncio.gather(a, b, c, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print(res[0], res[2], b.cancelled())

asyncio.run(main())
