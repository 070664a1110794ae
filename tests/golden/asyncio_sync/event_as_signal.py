# Event: a start signal for workers, and a done signal back to the coordinator.
import asyncio

async def worker(i, start, finished, results):
    await start.wait()
    await asyncio.sleep(0.01 * (3 - i))
    results.append(i)
    print("worker", i, "done")
    if len(results) == 3:
        finished.set()

async def main():
    start, finished = asyncio.Event(), asyncio.Event()
    results = []
    for i in range(3):
        asyncio.create_task(worker(i, start, finished, results))
    await asyncio.sleep(0.01)
    print("go")
    start.set()
    await finished.wait()
    print("all finished:", results)

asyncio.run(main())
