# create_task runs nothing until the creating coroutine yields.
import asyncio

async def child():
    print("child runs")

async def main():
    t = asyncio.create_task(child())
    print("created", t.done())
    for i in range(3):
        print("main still running", i)
    x = sum(range(1000))
    print("computed", x, t.done())
    await asyncio.sleep(0)
    print("after yield", t.done())

asyncio.run(main())
