# join() returns at once when there is no unfinished task, and otherwise waits until
# task_done() was called once per item put; several joiners all wake.
import asyncio


async def joiner(name, q):
    print(name, 'joining')
    await q.join()
    print(name, 'joined')


async def main():
    q = asyncio.Queue()
    await q.join()
    print('empty join done')
    for i in range(3):
        q.put_nowait(i)
    js = [asyncio.create_task(joiner(f'j{i}', q)) for i in range(2)]
    await asyncio.sleep(0)
    for _ in range(3):
        print('got', q.get_nowait())
        await asyncio.sleep(0)
        q.task_done()
        print('task_done', str(q))
    await asyncio.gather(*js)
    print(await q.join())


asyncio.run(main())
