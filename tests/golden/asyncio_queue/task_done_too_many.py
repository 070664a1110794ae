# task_done() once per item; one more raises ValueError.
import asyncio


async def main():
    q = asyncio.Queue()
    q.put_nowait(1)
    q.put_nowait(2)
    print(str(q))
    q.get_nowait()
    q.task_done()
    print(str(q))
    q.get_nowait()
    q.task_done()
    print(str(q))
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)
    q.task_done()


asyncio.run(main())
