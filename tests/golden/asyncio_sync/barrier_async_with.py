# Barrier: `async with barrier as index` waits on entry; invalid party counts.
import asyncio

async def runner(name, barrier):
    async with barrier as index:
        print(name, "inside with index", index)
    print(name, "left")

async def main():
    barrier = asyncio.Barrier(2)
    await asyncio.gather(runner("a", barrier), runner("b", barrier))
    for n in (0, -1):
        try:
            asyncio.Barrier(n)
        except ValueError as e:
            print("Barrier(%d): ValueError: %s" % (n, e))
    print(issubclass(asyncio.BrokenBarrierError, RuntimeError))

asyncio.run(main())
