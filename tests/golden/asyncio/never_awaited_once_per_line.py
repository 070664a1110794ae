# "coroutine ... was never awaited" is shown once per source location (CPython's
# default warning filter), however many coroutines are dropped there.
import asyncio


async def f():
    pass


async def g():
    pass


def make():
    g()


for i in range(3):
    f()
make()
make()
f()
print("done")
