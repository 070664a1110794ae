# gather() over several consumers, each with its own async generator producer
import asyncio


async def produce(name, count, delay):
    for i in range(count):
        await asyncio.sleep(delay)
        yield f"{name}:{i}"


async def consume(name, count, delay):
    seen = []
    async for item in produce(name, count, delay):
        print("consumed", item)
        seen.append(item)
    return len(seen)


async def main():
    counts = await asyncio.gather(
        consume("fast", 3, 0.02),
        consume("slow", 2, 0.09),
        consume("mid", 2, 0.05),
    )
    print(counts)


asyncio.run(main())
