# Cancelling a task while its async generator awaits: CancelledError arrives inside
# the generator at its await, its finally runs, the task ends cancelled
import asyncio


async def stream():
    try:
        i = 0
        while True:
            await asyncio.sleep(0.02)
            yield i
            i += 1
    except asyncio.CancelledError:
        print("stream: cancelled at its await")
        raise
    finally:
        print("stream: finally")


async def consumer():
    async for x in stream():
        print("got", x)


async def main():
    t = asyncio.create_task(consumer())
    await asyncio.sleep(0.05)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("consumer cancelled:", t.cancelled())


asyncio.run(main())
