# shield(): the inner result or exception passes through; cancelling the inner task
# cancels the shield; a finished future is returned as is; a coroutine is wrapped.
import asyncio

async def value(v, delay=0.01):
    await asyncio.sleep(delay)
    return v

async def fail():
    await asyncio.sleep(0.01)
    raise ValueError("inner failed")

async def main():
    print(await asyncio.shield(value("coro result")))
    try:
        await asyncio.shield(fail())
    except ValueError as e:
        print("ValueError:", e)
    t = asyncio.create_task(value("never", 1))
    s = asyncio.shield(t)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("inner cancelled -> shield cancelled:", s.cancelled())
    done = asyncio.get_running_loop().create_future()
    done.set_result("ready")
    print(asyncio.shield(done) is done, await asyncio.shield(done))
    f = asyncio.shield(value("outer cancelled first"))
    f.cancel()
    await asyncio.sleep(0.02)
    print("outer cancelled:", f.cancelled())

asyncio.run(main())
