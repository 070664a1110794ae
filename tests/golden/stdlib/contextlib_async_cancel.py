# asynccontextmanager under timeouts, task cancellation, TaskGroup and as a decorator
import asyncio
from contextlib import asynccontextmanager, AsyncExitStack

@asynccontextmanager
async def resource(name):
    print("acquire", name)
    try:
        yield name
    except asyncio.CancelledError:
        print("cancelled inside", name)
        raise
    finally:
        await asyncio.sleep(0.01)
        print("release", name)

async def worker(name, d):
    async with resource(name):
        await asyncio.sleep(d)
        print("worked", name)

async def main():
    try:
        async with asyncio.timeout(0.05):
            async with resource("slow"):
                await asyncio.sleep(1)
    except TimeoutError:
        print("timed out")
    t = asyncio.create_task(worker("w", 1))
    await asyncio.sleep(0.02)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled", t.cancelled())
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker("a", 0.03))
        tg.create_task(worker("b", 0.01))
    @resource("deco")
    async def decorated():
        print("in decorated")
    await decorated()

asyncio.run(main())
