# get_nowait on an empty queue raises QueueEmpty (uncaught here: a traceback).
import asyncio


async def main():
    q = asyncio.Queue()
    q.put_nowait(1)
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print('caught', type(e).__name__, repr(e), type(e).__module__)
    print('again')
    q.get_nowait()


asyncio.run(main())
