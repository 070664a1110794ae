# A two-stage pipeline: stage one doubles items into a second queue; None ends it.
import asyncio


async def stage(name, src, dst):
    while True:
        item = await src.get()
        if item is None:
            src.task_done()
            if dst is not None:
                await dst.put(None)
            print(name, 'stops')
            return
        print(name, item)
        if dst is not None:
            await dst.put(item * 2)
        src.task_done()


async def main():
    a = asyncio.Queue(2)
    b = asyncio.PriorityQueue(1)
    ts = [asyncio.create_task(stage('one', a, b)), asyncio.create_task(stage('two', b, None))]
    for i in [5, 1, 4, None]:
        await a.put(i)
        print('fed', i)
    await asyncio.gather(*ts)
    print(str(a), str(b))


asyncio.run(main())
