# await coro() runs the callee inline: a chain of awaits that never sleeps never lets others run.
import asyncio

async def ticker():
    for i in range(5):
        print("tick", i)
        await asyncio.sleep(0)

async def leaf(n):
    print("leaf", n)
    return n

async def middle(n):
    a = await leaf(n)
    b = await leaf(n + 1)
    return a + b

async def main():
    t = asyncio.create_task(ticker())
    total = 0
    for i in range(3):
        total += await middle(i)
        print("main total", total)
    print("main yields now")
    await asyncio.sleep(0)
    print("main back")
    await t

asyncio.run(main())
