# `return <expr>` right after a resumed await/yield: the value, an exception raised
# by the expression (its traceback line, a handler in the same frame), a return
# inside an `except` block (the handled exception is restored, then cleared), and
# generators resumed with send().
import asyncio
import sys
import traceback


async def leaf(x):
    await asyncio.sleep(0)
    return x


async def plus(x):
    return 1 + await leaf(x)


async def fails(x):
    return 1 / await leaf(x)


async def caught(x):
    try:
        return 1 / await leaf(x)
    except ZeroDivisionError as e:
        return f"caught {e}"


async def in_handler(x):
    try:
        raise KeyError(x)
    except KeyError:
        return (sys.exc_info()[0].__name__, await leaf(x), sys.exc_info()[0].__name__)


async def after_handler(x):
    r = await in_handler(x)
    return r, sys.exc_info()


def gen():
    x = yield 1
    return x * 2


async def main():
    print(await plus(1), await plus(await plus(2)))
    try:
        await fails(0)
    except ZeroDivisionError:
        text = traceback.format_exc().replace(__file__, "FILE")
        print("\n".join(l for l in text.splitlines() if l.strip(" ^~")))
    print(await caught(0), await caught(4))
    print(await after_handler(3))
    g = gen()
    next(g)
    try:
        g.send(21)
    except StopIteration as e:
        print("returned", e.value)
    g = gen()
    next(g)
    try:
        g.send("x")
    except StopIteration as e:
        print("returned", e.value)
    g = gen()
    next(g)
    try:
        g.send(None)
    except TypeError as e:
        print("raised", e)


asyncio.run(main())
