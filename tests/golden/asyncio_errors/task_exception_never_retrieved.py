# A failed task nobody awaits is reported on stderr ("Task exception was never retrieved"); exit 0.
import asyncio

async def bad():
    print("bad raises")
    raise ValueError("lost error")

async def main():
    t = asyncio.create_task(bad())
    await asyncio.sleep(0.1)
    print("main ends, task done:", t.done())
    del t

asyncio.run(main())
print("program continues")
