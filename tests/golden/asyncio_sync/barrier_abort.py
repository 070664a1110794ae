# Barrier: abort() breaks the barrier: tasks waiting in it and tasks arriving later
# get BrokenBarrierError (a RuntimeError) with CPython's messages.
import asyncio
from _show import show

async def runner(i, barrier):
    try:
        await barrier.wait()
        print("task", i, "passed")
    except asyncio.BrokenBarrierError as e:
        print("task", i, type(e).__name__, "-", e, isinstance(e, RuntimeError))

async def main():
    barrier = asyncio.Barrier(3)
    ts = [asyncio.create_task(runner(i, barrier)) for i in range(2)]
    await asyncio.sleep(0)
    print(show(barrier))
    await barrier.abort()
    print(show(barrier), barrier.broken, barrier.n_waiting)
    await asyncio.gather(*ts)
    await runner(9, barrier)
    await barrier.reset()
    print("after reset:", show(barrier), barrier.broken)

asyncio.run(main())
