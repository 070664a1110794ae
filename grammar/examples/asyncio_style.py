import asyncio


async def worker(name, queue):
    while True:
        item = await queue.get()
        async with lock:
            await asyncio.sleep(0.01)
        queue.task_done()
        print(f"{name} done with {item!r:>8}")


async def agen(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)


async def main():
    queue = asyncio.Queue()
    tasks = [asyncio.create_task(worker(f"w{i}", queue)) for i in range(3)]
    results = [x async for x in agen(3)]
    squares = {x: await asyncio.sleep(0, x * x) for x in results}
    async for value in agen(2):
        print(value)
    async with asyncio.timeout(1) as cm, asyncio.TaskGroup() as tg:
        tg.create_task(worker("extra", queue))
    await queue.join()
    for t in tasks:
        t.cancel()
    done = await asyncio.gather(*tasks, return_exceptions=True)
    total = sum(await asyncio.sleep(0, v) for v in range(3))
    return done, squares, total


if __name__ == "__main__":
    asyncio.run(main())
