# "coroutine ... was never awaited" once per source location; the traceback after it
# makes the exit status 1 for this directory's harness.
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
raise RuntimeError("the whole stderr is compared with python3")
