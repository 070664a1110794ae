# Task.done/result/exception/cancelled/get_coro in every state.
import asyncio

async def good():
    await asyncio.sleep(0.1)
    return "value"

async def bad():
    await asyncio.sleep(0.1)
    raise KeyError("k")

def show(t):
    print(t.get_name(), "done", t.done(), "cancelled", t.cancelled())
    for meth in (t.result, t.exception):
        try:
            print("  ", meth.__name__, repr(meth()))
        except BaseException as e:
            print("  ", meth.__name__, "raises", type(e).__name__, e)

async def main():
    g = asyncio.create_task(good(), name="g")
    b = asyncio.create_task(bad(), name="b")
    c = asyncio.create_task(good(), name="c")
    print(g.get_coro().__name__, asyncio.iscoroutine(b.get_coro()))
    show(g)
    c.cancel()
    await asyncio.sleep(0.2)
    show(g)
    show(b)
    show(c)

asyncio.run(main())
