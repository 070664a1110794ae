# TaskGroup: two children failing in the same turn raise an ExceptionGroup; the others are cancelled.
import asyncio

async def fail(msg):
    await asyncio.sleep(0.1)
    raise ValueError(msg)

async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("one"))
            tg.create_task(fail("two"))
            tg.create_task(slow())
    except ExceptionGroup as eg:
        print(type(eg).__name__, str(eg))
        print(sorted(repr(e) for e in eg.exceptions))

asyncio.run(main())
