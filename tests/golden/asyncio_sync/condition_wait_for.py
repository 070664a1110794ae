# Condition: wait_for(predicate) in a producer/consumer pair over a shared list.
import asyncio

items = []

async def consumer(name, cond):
    for _ in range(2):
        async with cond:
            got = await cond.wait_for(lambda: len(items) > 0)
            print(name, "predicate ->", got, "takes", items.pop(0))

async def producer(cond):
    for i in range(4):
        await asyncio.sleep(0.01)
        async with cond:
            items.append(i)
            print("produced", i)
            cond.notify()

async def main():
    cond = asyncio.Condition()
    async with cond:
        print("wait_for true at once ->", await cond.wait_for(lambda: "ready"))
    await asyncio.gather(consumer("c1", cond), consumer("c2", cond), producer(cond))
    print("left:", items)

asyncio.run(main())
