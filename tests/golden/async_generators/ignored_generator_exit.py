# An async generator that yields again while being closed
import asyncio


async def stubborn():
    while True:
        try:
            cmd = yield "value"
        except GeneratorExit:
            print("ignoring GeneratorExit")
        else:
            if cmd == "stop":
                print("stopping")
                return


async def main():
    g = stubborn()
    print(await anext(g))
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("still running:", await anext(g))
    try:
        await g.aclose()  # marked closed by the first aclose()
    except StopAsyncIteration:
        print("second aclose: StopAsyncIteration")
    try:
        await g.asend("stop")
    except StopAsyncIteration:
        print("finished")


asyncio.run(main())
