# current_task() is the task running the code; awaited coroutines share their caller's task.
import asyncio

async def inner():
    return asyncio.current_task()

async def child(results):
    t = asyncio.current_task()
    results.append(t)
    print("child runs in", t.get_name())
    print("inner same task:", await inner() is t)

async def main():
    me = asyncio.current_task()
    print("main is", me.get_name(), me is await inner())
    results = []
    t = asyncio.create_task(child(results), name="kid")
    await t
    print("child's current_task is the task object:", results[0] is t)
    print("outside any task:", asyncio.current_task() is me)

asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("no loop:", e)
