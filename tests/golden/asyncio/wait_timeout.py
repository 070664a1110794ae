# wait(timeout=) returns (done, pending) at the timeout without cancelling the pending tasks.
import asyncio

async def job(name, d):
    try:
        await asyncio.sleep(d)
        print("finished", name)
    except asyncio.CancelledError:
        print("cancelled", name)
        raise

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    ts = [asyncio.create_task(job(n, d), name=n) for n, d in [("a", 0.1), ("b", 0.5), ("c", 0.7)]]
    done, pending = await asyncio.wait(ts, timeout=0.3)
    print("elapsed", round(loop.time() - t0, 1))
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    print([t.cancelled() for t in ts])
    done, pending = await asyncio.wait(ts, timeout=10)
    print("elapsed", round(loop.time() - t0, 1), len(done), len(pending))

asyncio.run(main())
