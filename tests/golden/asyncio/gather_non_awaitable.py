# gather with a non-awaitable argument raises TypeError, but tasks made from earlier args still run.
import asyncio

async def job(name):
    print("job", name, "runs")
    await asyncio.sleep(0.1)
    print("job", name, "done")

async def main():
    try:
        await asyncio.gather(job("a"), job("b"), 42)
    except TypeError as e:
        print("TypeError:", e)
    print("main sleeps")
    await asyncio.sleep(0.2)
    print("main end")

asyncio.run(main())
