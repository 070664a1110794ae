# Consumers that take time (short sleeps) and a producer faster than them: the
# producer blocks on the full queue and is woken as items are taken.
import asyncio


async def consumer(name, q, delay, log):
    while True:
        item = await q.get()
        log.append(f'{name}:{item}')
        await asyncio.sleep(delay)
        q.task_done()


async def main():
    q = asyncio.Queue(2)
    log = []
    cs = [asyncio.create_task(consumer('a', q, 0.03, log)),
          asyncio.create_task(consumer('b', q, 0.11, log))]
    for i in range(8):
        await q.put(i)
        log.append(f'put{i}')
    await q.join()
    print(' '.join(log))
    for c in cs:
        c.cancel()
    await asyncio.gather(*cs, return_exceptions=True)
    print(str(q))


asyncio.run(main())
