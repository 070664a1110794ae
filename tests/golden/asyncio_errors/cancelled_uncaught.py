# Awaiting a cancelled task without handling it makes asyncio.run raise CancelledError.
import asyncio

async def victim():
    await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel()
    print("cancelled victim")
    await t

asyncio.run(main())
