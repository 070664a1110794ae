# wait(timeout=): returns (done, pending) at the timeout without cancelling pending;
# FIRST_COMPLETED and FIRST_EXCEPTION return early.
import asyncio

async def job(n, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(n)
    return n

def names(tasks):
    return sorted(t.get_name() for t in tasks)

async def main():
    ts = [asyncio.create_task(job(i, 0.01 * (i + 1)), name=f"j{i}") for i in range(4)]
    done, pending = await asyncio.wait(ts, timeout=0.025)
    print(names(done), names(pending), [t.cancelled() for t in pending])
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print(names(done), names(pending))
    done, pending = await asyncio.wait(pending, timeout=1)
    print(names(done), names(pending), sorted(t.result() for t in ts))
    es = [asyncio.create_task(job("e", 0.01, True), name="e"),
          asyncio.create_task(job("ok", 0.005), name="ok"),
          asyncio.create_task(job("late", 0.05), name="late")]
    done, pending = await asyncio.wait(es, return_when=asyncio.FIRST_EXCEPTION)
    print(names(done), names(pending), repr(es[0].exception()))
    done, pending = await asyncio.wait(pending, timeout=0)
    print(names(done), names(pending))
    await asyncio.wait(pending)

asyncio.run(main())
