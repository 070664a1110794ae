# Async generators consumed by tasks of a TaskGroup; one consumer fails
import asyncio


async def events(source, n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield f"{source}#{i}"


async def log_events(source, n, delay, fail_at=None):
    async for e in events(source, n, delay):
        print("event", e)
        if e == fail_at:
            raise RuntimeError(f"bad event {e}")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(log_events("x", 3, 0.02))
        tg.create_task(log_events("y", 2, 0.05))
    print("all consumed")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(log_events("ok", 5, 0.03))
            tg.create_task(log_events("bad", 3, 0.04, fail_at="bad#1"))
    except ExceptionGroup as eg:
        print("group failed:", [str(e) for e in eg.exceptions])


asyncio.run(main())
