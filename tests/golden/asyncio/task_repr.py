# Task reprs: pending (running at line), finished with result, exception, cancelled.
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    return 3

async def bad():
    raise ValueError("nope")

def show(t):
    # strip the directory CPython puts in front of the file name
    r = repr(t)
    k = r.find("task_repr.py")
    while k >= 0:
        j = r.rfind(" ", 0, k)
        r = r[:j + 1] + r[k:]
        k = r.find("task_repr.py", j + 14)
    print(r)

async def main():
    t = asyncio.create_task(worker())
    show(t)
    await asyncio.sleep(0)
    show(t)
    await t
    show(t)
    u = asyncio.create_task(bad(), name="badtask")
    await asyncio.sleep(0)
    show(u)
    print(repr(u.exception()))
    v = asyncio.create_task(worker(), name="gone")
    v.cancel()
    await asyncio.sleep(0)
    show(v)

asyncio.run(main())
