# put_nowait on a full queue raises QueueFull; the queue is unchanged.
import asyncio


async def main():
    q = asyncio.Queue(2)
    q.put_nowait('a')
    q.put_nowait('b')
    try:
        q.put_nowait('c')
    except asyncio.QueueFull as e:
        print('caught', type(e).__name__, isinstance(e, Exception), str(e) == '')
    print(str(q))
    q.get_nowait()
    q.put_nowait('c')
    print(str(q))
    q.put_nowait('d')


asyncio.run(main())
