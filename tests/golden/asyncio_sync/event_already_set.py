# Event: wait() on a set event returns True without yielding to the loop.
import asyncio

async def other():
    print("other runs")

async def main():
    ev = asyncio.Event()
    ev.set()
    asyncio.create_task(other())
    print("wait ->", await ev.wait())
    print("wait ->", await ev.wait())
    print("main continues before other")
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
