# wait() with the default ALL_COMPLETED returns every task in done and none pending.
import asyncio

async def job(name, d):
    await asyncio.sleep(d)
    print("finished", name)
    return name * 2

async def main():
    ts = [asyncio.create_task(job(n, d), name=n) for n, d in [("b", 0.2), ("a", 0.1), ("c", 0.3)]]
    done, pending = await asyncio.wait(ts)
    print(type(done).__name__, len(done), len(pending))
    print(sorted(t.result() for t in done))
    done, pending = await asyncio.wait(ts, return_when=asyncio.ALL_COMPLETED)
    print("again", len(done), len(pending))

asyncio.run(main())
