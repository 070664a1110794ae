# Event: tasks waiting directly on ev.wait() — reprs of the task and of the waiter queue
# while waiting, woken and cancelled; cancel with a message, cancel after set() before
# the wake-up, a second cancel, a task that cancels itself before waiting, and
# set/clear/wait interleavings.
import asyncio


def clean(r):
    # drop " at file:line"
    while " at " in r:
        i = r.index(" at ")
        j = i + 4
        while j < len(r) and r[j] not in " >":
            j += 1
        r = r[:i] + r[j:]
    return r


async def waiter(name, ev, log):
    try:
        r = await ev.wait()
        log.append((name, "woke", r))
    except asyncio.CancelledError as e:
        log.append((name, "cancelled", e.args))
        raise


async def self_cancel(ev, log):
    asyncio.current_task().cancel("self")
    try:
        await ev.wait()
    except asyncio.CancelledError as e:
        log.append(("self", "cancelled", e.args))
    return "after"


async def main():
    ev = asyncio.Event()
    log = []
    ts = [asyncio.create_task(waiter(n, ev, log), name=n) for n in "abcd"]
    await asyncio.sleep(0)
    print(clean(repr(ts[0])))
    print(repr(ev._waiters))
    print(ts[1].cancel("bye"), ts[1].cancel("again"))
    print(clean(repr(ts[1])))
    print(repr(ev._waiters))
    ev.set()
    print(repr(ev._waiters), len(ev._waiters))
    print(clean(repr(ts[0])))
    print(ts[2].cancel("late"))
    ev.clear()
    await asyncio.sleep(0)
    print(log, len(ev._waiters), ev.is_set())
    res = await asyncio.gather(*ts, return_exceptions=True)
    print([r if not isinstance(r, BaseException) else (type(r).__name__, r.args) for r in res])
    print([t.cancelled() for t in ts], [t.cancelling() for t in ts])

    t = asyncio.create_task(self_cancel(ev, log))
    print(await t, log[-1], len(ev._waiters))

    # set/clear before the woken tasks run: they still return True
    log.clear()
    ts = [asyncio.create_task(waiter(n, ev, log)) for n in "xy"]
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    t2 = asyncio.create_task(waiter("z", ev, log))
    await asyncio.sleep(0)
    print(log, len(ev._waiters))
    ev.set()
    await asyncio.gather(t2)
    print(log, len(ev._waiters))

    # a timeout around ev.wait(): the waiter is wrapped in a task and cancelled
    ev.clear()
    try:
        await asyncio.wait_for(waiter("w", ev, log), 0.01)
    except asyncio.TimeoutError:
        print("timeout", log[-1], len(ev._waiters))

    # a coroutine driven by hand (not a task) waits on a future as before
    ev2 = asyncio.Event()
    c = ev2.wait()
    fut = c.send(None)
    print(clean(repr(fut)), len(ev2._waiters))
    c.close()
    print(len(ev2._waiters))


asyncio.run(main())
