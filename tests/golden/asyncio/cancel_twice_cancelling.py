# Task.cancelling() counts pending cancel requests; uncancel() decrements it (3.11).
import asyncio

async def stubborn():
    for i in range(2):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            me = asyncio.current_task()
            print("caught", i, "cancelling =", me.cancelling())
            print("uncancel ->", me.uncancel())
    return "finished"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    print("requests", t.cancelling())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

asyncio.run(main())
