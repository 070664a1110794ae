# wait(FIRST_EXCEPTION) returns when a task raises; without any failure it waits for all.
import asyncio

async def job(name, d, fail=False):
    await asyncio.sleep(d)
    print("end", name)
    if fail:
        raise RuntimeError(name)
    return name

def names(ts):
    return sorted(t.get_name() for t in ts)

async def main():
    ts = [asyncio.create_task(job("ok1", 0.1), name="ok1"),
          asyncio.create_task(job("boom", 0.2, True), name="boom"),
          asyncio.create_task(job("ok2", 0.3), name="ok2")]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(names(done), names(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), repr(t.exception()))
    await asyncio.sleep(0.2)
    ts = [asyncio.create_task(job(n, d), name=n) for n, d in [("p", 0.1), ("q", 0.2)]]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(names(done), names(pending))

asyncio.run(main())
