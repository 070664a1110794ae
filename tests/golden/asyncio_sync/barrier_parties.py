# Barrier: tasks wait until `parties` have arrived, get indices 0..parties-1, and the
# barrier refills for the next round; n_waiting and the repr follow the state.
import asyncio
from _show import show

async def runner(i, barrier):
    await asyncio.sleep(0.01 * i)
    print("task", i, "arrives;", show(barrier))
    index = await barrier.wait()
    print("task", i, "passes with index", index)

async def main():
    barrier = asyncio.Barrier(3)
    print(show(barrier), barrier.parties, barrier.n_waiting, barrier.broken)
    await asyncio.gather(*(runner(i, barrier) for i in range(6)))
    print(show(barrier))

asyncio.run(main())
