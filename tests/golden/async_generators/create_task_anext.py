# The awaitables of an async generator are coroutines to asyncio: tasks can run them
import asyncio


async def numbers():
    for i in range(3):
        await asyncio.sleep(0.01)
        yield i


async def main():
    g = numbers()
    print(asyncio.iscoroutine(g.__anext__()), asyncio.iscoroutine(g))
    t = asyncio.create_task(g.__anext__())
    print(await t)
    f = asyncio.ensure_future(anext(g))
    print(await f)
    print(await asyncio.gather(g.asend(None)))
    print(await asyncio.gather(anext(g, "end"), return_exceptions=True))


asyncio.run(main())
