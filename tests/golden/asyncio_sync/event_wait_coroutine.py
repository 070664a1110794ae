# Event.wait() is a coroutine object: awaited directly, wrapped in a task, held and
# awaited later, driven by hand with send/throw, cancelled, or under wait_for.
import asyncio

async def main():
    ev = asyncio.Event()
    c = ev.wait()
    print(type(c).__name__, c.__qualname__, c.__name__, asyncio.iscoroutine(c))
    t = asyncio.create_task(c)
    await asyncio.sleep(0)
    print("task waiting:", t.done())
    w = ev.wait()
    async def later():
        return await w
    t2 = asyncio.create_task(later())
    t3 = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    t3.cancel("bye")
    try:
        await t3
    except asyncio.CancelledError as e:
        print("cancelled", e.args)
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except asyncio.TimeoutError:
        print("wait_for timed out")
    ev.set()
    print(await t, await t2, await ev.wait(), await asyncio.wait_for(ev.wait(), 1))
    ev.clear()
    c = ev.wait()
    try:
        c.send(1)
    except TypeError as e:
        print("TypeError:", e)
    c.close()
    c = ev.wait()
    fut = c.send(None)
    print("yields a", type(fut).__name__)
    try:
        c.throw(ValueError("x"))
    except ValueError as e:
        print("ValueError:", e)
    c = ev.wait()
    fut = c.send(None)
    fut.set_result(5)
    try:
        c.send(None)
    except StopIteration as e:
        print("returns", e.value)
    try:
        await ev.wait()
    except asyncio.CancelledError:
        pass
    finally:
        print("done")

async def canceller(task):
    await asyncio.sleep(0.1)
    task.cancel()

async def run():
    t = asyncio.create_task(main())
    asyncio.create_task(canceller(t))
    try:
        await t
    except asyncio.CancelledError:
        print("main cancelled")

asyncio.run(run())
