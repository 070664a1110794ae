# wait(FIRST_COMPLETED) returns as soon as one finishes and leaves the rest running.
import asyncio

async def job(name, d):
    await asyncio.sleep(d)
    print("finished", name)
    return name

async def main():
    ts = [asyncio.create_task(job(n, d), name=n) for n, d in [("x", 0.3), ("y", 0.1), ("z", 0.2)]]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("done", sorted(t.get_name() for t in done))
    print("pending", sorted(t.get_name() for t in pending))
    print("cancelled?", [t.cancelled() for t in sorted(pending, key=lambda t: t.get_name())])
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print("done", sorted(t.get_name() for t in done), "pending", sorted(t.get_name() for t in pending))
    await asyncio.wait(pending)
    print("all done")

asyncio.run(main())
