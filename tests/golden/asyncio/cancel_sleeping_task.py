# Cancelling a sleeping task: CancelledError inside, finally runs, awaiter sees CancelledError.
import asyncio

async def sleeper():
    try:
        print("sleeper sleeping")
        await asyncio.sleep(10)
        print("not reached")
    finally:
        print("sleeper finally")

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0.1)
    print("cancel ->", t.cancel())
    print("done right after cancel:", t.done(), t.cancelled())
    try:
        await t
    except asyncio.CancelledError:
        print("main caught CancelledError")
    print("done:", t.done(), "cancelled:", t.cancelled())

asyncio.run(main())
