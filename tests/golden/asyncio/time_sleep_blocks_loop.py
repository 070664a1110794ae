# time.sleep inside a coroutine blocks the whole loop: no other task runs meanwhile, time advances.
import asyncio
import time

async def ticker():
    for i in range(4):
        print("tick", i, round(time.time() - START, 1))
        await asyncio.sleep(0.1)

async def blocker():
    print("blocker starts", round(time.time() - START, 1))
    time.sleep(0.3)
    print("blocker ends", round(time.time() - START, 1))

async def main():
    global START
    START = time.time()
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0.12)
    await blocker()
    print("main after block", round(time.time() - START, 1))
    await t

asyncio.run(main())
