# Cancelling a task blocked in join(): the CancelledError propagates, and the queue's
# event keeps working for later joiners.
import asyncio


async def main():
    q = asyncio.Queue()
    q.put_nowait('x')
    t = asyncio.create_task(q.join())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('join cancelled', t.cancelled())
    t2 = asyncio.create_task(q.join())
    await asyncio.sleep(0)
    q.get_nowait()
    q.task_done()
    print(t2.done())
    await asyncio.sleep(0)
    print(t2.done(), t2.result())


asyncio.run(main())
