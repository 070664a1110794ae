# wait_for(q.get(), timeout): a timeout cancels the waiting get cleanly; a later put
# goes to the next getter.
import asyncio


async def main():
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), 0.05)
    except asyncio.TimeoutError:
        print('timeout', str(q))
    t = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(str(q))
    q.put_nowait(42)
    print(await t, str(q))
    q.put_nowait(7)
    print(await asyncio.wait_for(q.get(), 1))


asyncio.run(main())
