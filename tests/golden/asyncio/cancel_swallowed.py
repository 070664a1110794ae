# A task that swallows its cancellation finishes normally with cancelled() False.
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("ignoring cancellation")
    await asyncio.sleep(0.1)
    print("stubborn finishing")
    return "survived"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    r = await t
    print(r, t.cancelled(), t.done())

asyncio.run(main())
