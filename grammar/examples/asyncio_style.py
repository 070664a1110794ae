import asyncio


async def worker(name, queue):
    while True:
        item = await queue.get()
        async with lock:
            await asyncio.sleep(0.01)
        queue.task_done()
        print(f"{name} done with {item!r:>8}")


class Ticks:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i == self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i


async def main():
    queue = asyncio.Queue()
    tasks = [asyncio.create_task(worker(f"w{i}", queue)) for i in range(3)]
    results = [x async for x in Ticks(3)]
    squares = {x: await asyncio.sleep(0, x * x) for x in results}
    async for value in Ticks(2):
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
