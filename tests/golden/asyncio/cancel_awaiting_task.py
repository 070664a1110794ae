# Cancelling a task that awaits another task cancels the inner task too.
import asyncio

async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise

async def outer(t):
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled")
        raise

async def main():
    i = asyncio.create_task(inner(), name="inner")
    o = asyncio.create_task(outer(i), name="outer")
    await asyncio.sleep(0.1)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("main saw outer cancelled")
    await asyncio.sleep(0)
    print(i.cancelled(), o.cancelled())

asyncio.run(main())
