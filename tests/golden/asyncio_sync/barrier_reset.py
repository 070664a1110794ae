# Barrier: reset() while tasks wait raises BrokenBarrierError in them; once they have
# left, the barrier fills again from zero.
import asyncio
from _show import show

async def runner(name, barrier):
    try:
        idx = await barrier.wait()
        print(name, "passed", idx)
    except asyncio.BrokenBarrierError as e:
        print(name, "broken:", e)

async def main():
    barrier = asyncio.Barrier(2)
    t = asyncio.create_task(runner("a", barrier))
    await asyncio.sleep(0)
    print(show(barrier))
    await barrier.reset()
    print("reset:", show(barrier))
    await t
    print("drained:", show(barrier))
    await asyncio.gather(runner("b", barrier), runner("c", barrier))
    print(show(barrier))

asyncio.run(main())
