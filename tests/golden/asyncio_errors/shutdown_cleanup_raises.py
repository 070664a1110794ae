# A task whose cleanup raises during asyncio.run shutdown is reported on stderr; run still returns.
import asyncio

async def worker():
    try:
        await asyncio.sleep(10)
    finally:
        print("worker cleanup raises")
        raise KeyError("cleanup")

async def main():
    asyncio.create_task(worker())
    await asyncio.sleep(0)
    return "main result"

print(asyncio.run(main()))
