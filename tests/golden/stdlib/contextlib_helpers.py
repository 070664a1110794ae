# suppress, nullcontext, closing, aclosing
import asyncio
from contextlib import suppress, nullcontext, closing, aclosing

with suppress(ZeroDivisionError):
    1 / 0
    print("not reached")
print("after suppress")
with suppress(KeyError, IndexError):
    [][3]
try:
    with suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)
with nullcontext(5) as n:
    print(n)
with nullcontext() as n:
    print(n)


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closed", self.name)


with closing(Resource("r1")) as r:
    print("using", r.name)


async def ticker():
    try:
        for i in range(10):
            yield i
    finally:
        print("ticker finalised")


async def main():
    async with nullcontext("async") as v:
        print(v)
    async with aclosing(ticker()) as t:
        async for i in t:
            if i == 2:
                break
            print("tick", i)
    print("done")


asyncio.run(main())
