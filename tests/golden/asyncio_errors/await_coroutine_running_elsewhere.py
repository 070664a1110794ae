# Awaiting a coroutine that a task is running: "being awaited already"; once it has
# finished: "cannot reuse"; futures, tasks and coroutines have no order, even with
# themselves, but compare equal by identity.
import asyncio


async def f():
    await asyncio.sleep(0.01)
    return "f done"


async def main():
    c = f()
    t = asyncio.create_task(c)
    await asyncio.sleep(0)
    try:
        await c
    except RuntimeError as e:
        print(e)
    print(await t)
    try:
        await c
    except RuntimeError as e:
        print(e)
    fut = asyncio.get_running_loop().create_future()
    for a, b in [(fut, fut), (t, t), (c, c)]:
        print(a == b, a != b)
        try:
            a < b
        except TypeError as e:
            print("TypeError", str(e).split("'")[1])
    fut.cancel()


asyncio.run(main())
