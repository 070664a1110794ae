# shield(): cancelling the awaiter cancels only the outer future; the shielded task
# runs to completion and its result can still be collected.
import asyncio

async def important():
    print("important: start")
    await asyncio.sleep(0.05)
    print("important: done")
    return 42

async def caller(task):
    try:
        return await asyncio.shield(task)
    except asyncio.CancelledError:
        print("caller cancelled; inner cancelled?", task.cancelled())
        raise

async def main():
    inner = asyncio.create_task(important())
    c = asyncio.create_task(caller(inner))
    await asyncio.sleep(0.01)
    c.cancel()
    await asyncio.gather(c, return_exceptions=True)
    print("caller:", c.cancelled(), "inner done?", inner.done())
    print("inner result:", await inner)

asyncio.run(main())
