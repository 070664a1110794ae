# all_tasks() holds the unfinished tasks of the running loop, including the current one.
import asyncio

async def sleeper(d):
    await asyncio.sleep(d)

def names():
    return sorted(t.get_name() for t in asyncio.all_tasks())

async def main():
    print(names())
    a = asyncio.create_task(sleeper(0.1), name="a")
    b = asyncio.create_task(sleeper(0.2), name="b")
    print(names())
    await a
    print(names())
    await b
    print(names())
    c = asyncio.create_task(sleeper(0), name="c")
    c.cancel()
    print(names())
    await asyncio.sleep(0)
    print(names(), c.cancelled())
    print(asyncio.current_task() in asyncio.all_tasks())

asyncio.run(main())
