import asyncio


async def fetch(i):
    await asyncio.sleep(0)
    if i == 2:
        raise RuntimeError(f"fetch {i} failed")
    return i


async def main():
    results = await asyncio.gather(*(fetch(i) for i in range(3)))
    print(results)


asyncio.run(main())
