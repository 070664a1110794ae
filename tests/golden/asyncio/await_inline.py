# `await f(args)` on a fresh coroutine runs inline: results, exceptions and tracebacks
# crossing inline and suspended levels, StopIteration, exc_info, async generators,
# the running task's repr, non-coroutine callees.
import asyncio
import sys
import traceback


async def leaf(n, sleep):
    if sleep:
        await asyncio.sleep(0)
    if n < 0:
        raise ValueError(f"bad {n}")
    return n


async def mid(n, sleep):
    return 1 + await leaf(n, sleep)


async def top(n, sleep):
    try:
        return await mid(n, sleep)
    except ValueError:
        text = traceback.format_exc().replace(__file__, "FILE")
        # (caret lines left out: CPython marks expressions, coropy statements)
        print("\n".join(l for l in text.splitlines() if l.strip(" ^")))
        return "caught"


async def stops():
    raise StopIteration(5)


async def exc_info_inner():
    print("exc_info", sys.exc_info()[0].__name__)
    return 1


async def agen():
    for i in range(3):
        yield await mid(i, i % 2)


def plain(x):
    return leaf(x, True)


def not_awaitable():
    return 3


async def kw(a, b=2, *, c):
    await asyncio.sleep(0)
    return a + b + c


def line_of(text):
    return text.split(" running at ")[1].split(" ")[0].split(":")[-1].rstrip(">")


async def show_task():
    return line_of(repr(asyncio.current_task()))


async def main():
    print(await top(1, False), await top(2, True))
    print(await top(-1, False))
    print(await top(-2, True))
    try:
        await stops()
    except RuntimeError as e:
        print(repr(e), repr(e.__cause__))
    try:
        raise KeyError("k")
    except KeyError:
        await exc_info_inner()
    print([x async for x in agen()])
    print(await plain(7))
    try:
        await not_awaitable()
    except TypeError as e:
        print(e)
    print(await kw(1, c=3))
    print(await show_task())
    await asyncio.sleep(0)
    print(await show_task())


asyncio.run(main())
