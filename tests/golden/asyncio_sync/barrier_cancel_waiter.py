# Barrier: a task cancelled while waiting leaves the count; the barrier keeps filling.
import asyncio
from _show import show

async def runner(name, barrier):
    try:
        idx = await barrier.wait()
        print(name, "passed", idx)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    barrier = asyncio.Barrier(2)
    a = asyncio.create_task(runner("a", barrier))
    await asyncio.sleep(0)
    print(show(barrier))
    a.cancel()
    await asyncio.gather(a, return_exceptions=True)
    print(show(barrier))
    await asyncio.gather(runner("b", barrier), runner("c", barrier))
    print(show(barrier))

asyncio.run(main())
