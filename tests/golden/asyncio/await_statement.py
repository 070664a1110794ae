# `await` as a statement (its value discarded): awaitables of every kind, errors raised
# by the awaited expression or the awaitable, cancellation while suspended in one, and
# statement awaits inside an async generator.
import asyncio


class Aw:
    def __await__(self):
        yield
        return "aw"


def boom():
    raise ValueError("boom")


async def sub(log):
    log.append("sub")
    return 1


async def agen():
    await asyncio.sleep(0)
    yield 1
    await sub([])
    yield 2


async def main():
    log = []
    await sub(log)
    await asyncio.sleep(0)
    await Aw()
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut.set_result, 5)
    await fut
    await asyncio.create_task(sub(log))
    print(log)
    for bad in (lambda: 3, boom):
        try:
            await bad()
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)

    async def sleeper():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("cancelled in statement await")
            raise

    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled", t.cancelled())
    print([x async for x in agen()])
    c = sub(log)
    await c
    try:
        await c
    except RuntimeError as e:
        print(e)


asyncio.run(main())
