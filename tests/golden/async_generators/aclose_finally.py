# aclose() throws GeneratorExit in: finally blocks run, later anext stops
import asyncio


async def resource(name):
    print("open", name)
    try:
        for i in range(10):
            yield f"{name}-{i}"
            await asyncio.sleep(0)
    finally:
        print("close", name)


async def main():
    r = resource("db")
    print(await anext(r))
    print(await anext(r))
    print(await r.aclose())
    print(await r.aclose())  # already closed: nothing happens
    try:
        await anext(r)
    except StopAsyncIteration:
        print("closed generator is exhausted")
    fresh = resource("never-started")
    await fresh.aclose()  # not started: no code runs
    done = resource("done")
    async for _ in done:
        pass
    await done.aclose()
    print(type(done.aclose()).__name__)


asyncio.run(main())
