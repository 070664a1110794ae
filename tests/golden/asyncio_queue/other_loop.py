# A queue that waited in one event loop is bound to it: waiting in another raises
# RuntimeError. A queue that never waited can move between loops.
import asyncio

q = asyncio.Queue()


async def first():
    t = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait(1)
    print('first got', await t)


async def second():
    q.put_nowait(2)
    print('second got', await q.get())
    try:
        await q.get()
    except RuntimeError as e:
        msg = str(e)
        print(msg.split(' at 0x')[0], '...', msg.split('> ')[1])


free = asyncio.Queue()


async def use_free(n):
    await free.put(n)
    return await free.get()

print(asyncio.run(use_free(1)), asyncio.run(use_free(2)))
asyncio.run(first())
asyncio.run(second())
