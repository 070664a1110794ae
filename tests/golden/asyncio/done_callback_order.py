# Done callbacks added before the await run before the awaiter resumes, in registration order.
import asyncio

async def work():
    print("work runs")
    await asyncio.sleep(0.1)
    print("work returns")
    return 5

async def main():
    t = asyncio.create_task(work())
    t.add_done_callback(lambda f: print("cb1 sees", f.result()))
    t.add_done_callback(lambda f: print("cb2 done", f.done()))
    print("main awaits")
    r = await t
    print("main resumed with", r)
    t.add_done_callback(lambda f: print("cb3 on finished task"))
    print("added cb3, not yet run")
    await asyncio.sleep(0)
    print("after next yield")

asyncio.run(main())
