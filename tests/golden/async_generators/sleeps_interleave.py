# Awaits between yields suspend the consuming task: two consumers interleave by time
import asyncio


async def ticks(name, delay, n):
    for i in range(n):
        await asyncio.sleep(delay)
        print(f"  {name} produces {i}")
        yield f"{name}{i}"


async def consume(name, delay, n):
    async for item in ticks(name, delay, n):
        print(f"{name} consumed {item}")
    return name


async def main():
    results = await asyncio.gather(consume("a", 0.02, 3), consume("b", 0.05, 2))
    print(results)


asyncio.run(main())
