# cancel("msg"): the CancelledError carries ('msg',) inside the task and for the awaiter.
import asyncio

async def victim():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("inside args", e.args)
        raise

async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel("shutting down")
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter args", e.args)
    u = asyncio.create_task(victim())
    await asyncio.sleep(0)
    u.cancel()
    try:
        await u
    except asyncio.CancelledError as e:
        print("no message args", e.args)

asyncio.run(main())
