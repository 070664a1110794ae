# The ready queue is FIFO: tasks run their first step in creation order, then round-robin.
import asyncio

async def w(name):
    print(name, "step 1")
    await asyncio.sleep(0)
    print(name, "step 2")
    await asyncio.sleep(0)
    print(name, "step 3")

async def main():
    ts = [asyncio.create_task(w(n)) for n in "xyzw"]
    print("created all")
    await asyncio.sleep(0)
    print("main after one turn")
    for t in ts:
        await t
    print("main end")

asyncio.run(main())
