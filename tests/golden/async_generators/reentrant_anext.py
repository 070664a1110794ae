# An async generator that awaits its own __anext__ while running
import asyncio


async def selfish():
    yield 1
    try:
        await me.__anext__()
    except RuntimeError as e:
        print("RuntimeError:", e)
    yield 2


async def main():
    global me
    me = selfish()
    print([x async for x in me])


asyncio.run(main())
