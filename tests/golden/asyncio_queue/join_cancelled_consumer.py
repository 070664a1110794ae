# A consumer cancelled while processing never calls task_done: join() would wait
# forever, so a timeout shows it; another consumer's task_done finishes the count.
import asyncio


async def consumer(q):
    while True:
        item = await q.get()
        await asyncio.sleep(0.05)
        print('processed', item)
        q.task_done()


async def main():
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    c1 = asyncio.create_task(consumer(q))
    await asyncio.sleep(0.01)
    c1.cancel()
    await asyncio.gather(c1, return_exceptions=True)
    print('c1 cancelled', c1.cancelled(), str(q))
    try:
        await asyncio.wait_for(q.join(), 0.1)
    except asyncio.TimeoutError:
        print('join timed out', str(q))
    c2 = asyncio.create_task(consumer(q))
    await asyncio.sleep(0.2)
    print('still', str(q))
    q.task_done()
    await q.join()
    print('joined')
    c2.cancel()


asyncio.run(main())
