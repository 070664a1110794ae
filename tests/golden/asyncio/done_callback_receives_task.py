# A done callback receives the task itself and runs even when the task failed or was cancelled.
import asyncio

async def ok():
    await asyncio.sleep(0.1)
    return 1

async def bad():
    await asyncio.sleep(0.1)
    raise ValueError("x")

def report(tag, holder):
    def cb(t):
        print(tag, t is holder[0], "cancelled" if t.cancelled() else repr(t.exception()))
    return cb

async def main():
    for tag, coro, cancel in (("ok", ok(), False), ("bad", bad(), False), ("cancel", ok(), True)):
        holder = []
        t = asyncio.create_task(coro)
        holder.append(t)
        t.add_done_callback(report(tag, holder))
        if cancel:
            t.cancel()
        await asyncio.wait([t])
    print("end")

asyncio.run(main())
