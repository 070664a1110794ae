# join() waits on the queue's event, which is bound to the loop of the first waiting
# join(); a get() waiting in another loop binds the queue itself there.
import asyncio

q = asyncio.Queue()


async def first():
    q.put_nowait('a')
    t = asyncio.create_task(q.join())
    await asyncio.sleep(0)
    q.get_nowait()
    q.task_done()
    await t
    print('first joined')


async def second():
    t = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait('b')
    print('second got', await t)
    try:
        await q.join()
    except RuntimeError as e:
        msg = str(e)
        print(msg.split(' object at ')[0], '...', msg.split('[')[1])


asyncio.run(first())
asyncio.run(second())
