# PriorityQueue with items that cannot be compared: the TypeError comes from put.
import asyncio


async def main():
    q = asyncio.PriorityQueue()
    await q.put((1, 'a'))
    try:
        q.put_nowait((1, {}))
        q.put_nowait((1, {}))
    except TypeError as e:
        print('TypeError:', e)
    print(q.qsize())
    await q.put((1, None))


asyncio.run(main())
