# 200k items through asyncio.Queue(maxsize=16): one producer, four consumers that call
# task_done(); the producer awaits q.join(), then the consumers are cancelled. Prints
# the sum of the items and how many each consumer took (the interleaving is exact).
import asyncio

N = 200_000


async def consumer(q, counts, k):
    total = 0
    try:
        while True:
            item = await q.get()
            total += item
            counts[k] += 1
            q.task_done()
            if item % 3 == 0:
                await asyncio.sleep(0)
    except asyncio.CancelledError:
        return total


async def producer(q):
    for i in range(N):
        await q.put(i % 1000)
    await q.join()


async def main():
    q = asyncio.Queue(maxsize=16)
    counts = [0, 0, 0, 0]
    consumers = [asyncio.create_task(consumer(q, counts, k)) for k in range(4)]
    await producer(q)
    for c in consumers:
        c.cancel()
    totals = await asyncio.gather(*consumers)
    print(sum(totals), counts, q.qsize(), q.empty())


asyncio.run(main())
