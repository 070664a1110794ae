# TypeErrors of anext() and aiter() on objects that are not async iterators
import asyncio


class BadAiter:
    def __aiter__(self):
        return 42


async def gen():
    yield 1


async def main():
    for call in (lambda: anext(1), lambda: aiter([]), lambda: aiter(BadAiter()),
                 lambda: anext(), lambda: anext(gen(), 1, 2)):
        try:
            call()
        except TypeError as e:
            print("TypeError:", e)
    try:
        for x in gen():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
