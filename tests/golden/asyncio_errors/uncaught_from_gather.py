# The first failure of a gather child is raised out of asyncio.run; pending siblings are cancelled at shutdown.
import asyncio

async def ok():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("ok cancelled at shutdown")
        raise

async def bad():
    await asyncio.sleep(0.1)
    raise KeyError("bad")

async def main():
    await asyncio.gather(ok(), bad())

asyncio.run(main())
