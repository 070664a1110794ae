# timeout(): an uncaught TimeoutError ends the program with the chained traceback.
import asyncio

async def main():
    async with asyncio.timeout(0.01):
        print("sleeping too long")
        await asyncio.sleep(1)

asyncio.run(main())
