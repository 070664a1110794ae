# A finished task wakes its awaiter one loop turn later; a ticker shows the turns.
import asyncio

async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0)

async def quick():
    print("quick runs and returns")
    return "q"

async def main():
    tk = asyncio.create_task(ticker(6))
    await asyncio.sleep(0)
    print("main creates quick")
    t = asyncio.create_task(quick())
    r = await t
    print("main got", r)
    await tk

asyncio.run(main())
