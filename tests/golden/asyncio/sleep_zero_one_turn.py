# sleep(0) yields exactly one loop turn: two tasks looping on sleep(0) alternate strictly.
import asyncio

async def spin(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    print(name, "done")

async def main():
    a = asyncio.create_task(spin("a", 4))
    b = asyncio.create_task(spin("b", 3))
    await a
    await b

asyncio.run(main())
