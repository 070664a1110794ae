# Driving __anext__ by hand: StopAsyncIteration at the end, and every time after
import asyncio


async def letters():
    for ch in "ab":
        yield ch
    print("body finished")


async def main():
    g = letters()
    while True:
        try:
            ch = await g.__anext__()
        except StopAsyncIteration as e:
            print("stop:", repr(e))
            break
        print("letter", ch)
    for _ in range(2):
        try:
            await g.__anext__()
        except StopAsyncIteration:
            print("still exhausted")
    aw = g.__anext__()
    try:
        await aw
    except StopAsyncIteration:
        pass
    try:
        await aw
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
