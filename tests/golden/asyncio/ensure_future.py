# ensure_future wraps coroutines in tasks, returns futures/tasks unchanged, rejects others.
import asyncio

async def f():
    return "f"

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.ensure_future(f())
    print(type(t).__name__, isinstance(t, asyncio.Task), isinstance(t, asyncio.Future))
    print(asyncio.ensure_future(t) is t)
    fut = loop.create_future()
    print(asyncio.ensure_future(fut) is fut, isinstance(fut, asyncio.Task))
    print(await t)
    try:
        asyncio.ensure_future(123)
    except TypeError as e:
        print("TypeError:", e)
    print(asyncio.isfuture(fut), asyncio.isfuture(t), asyncio.isfuture(f))

asyncio.run(main())
