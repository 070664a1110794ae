# athrow() raises at the suspended yield: handled (next value) or propagated
import asyncio


async def resilient():
    i = 0
    while True:
        try:
            yield i
        except ValueError as e:
            print("generator handled", repr(e))
            i = 100
        else:
            i += 1
        await asyncio.sleep(0)


async def fragile():
    yield 1
    yield 2


async def main():
    g = resilient()
    print(await g.__anext__())
    print(await g.__anext__())
    print(await g.athrow(ValueError("boom")))
    print(await g.__anext__())
    print(await g.athrow(ValueError))
    f = fragile()
    print(await f.__anext__())
    try:
        await f.athrow(KeyError("k"))
    except KeyError as e:
        print("propagated", repr(e))
    print(await f.athrow(KeyError("again")))  # finished: completes with None
    print(await anext(f, "exhausted"))
    print(type(g.athrow(ValueError)).__name__)
    await g.aclose()


asyncio.run(main())
