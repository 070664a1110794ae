# ExitStack and AsyncExitStack: LIFO cleanup, callbacks, suppression, pop_all
import asyncio
from contextlib import ExitStack, AsyncExitStack, contextmanager, asynccontextmanager


@contextmanager
def res(name):
    print("enter", name)
    yield name
    print("exit", name)


with ExitStack() as stack:
    names = [stack.enter_context(res(f"r{i}")) for i in range(3)]
    stack.callback(print, "callback", 1)
    print("body", names)


class Suppressor:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("suppressing", exc[0].__name__)
        return True


with ExitStack() as stack:
    stack.enter_context(Suppressor())
    stack.enter_context(res("inner"))
    raise KeyError("x")
print("suppressed")

with ExitStack() as stack:
    stack.enter_context(res("kept"))
    moved = stack.pop_all()
print("stack closed")
moved.close()


@asynccontextmanager
async def ares(name):
    await asyncio.sleep(0.01)
    print("aenter", name)
    yield name
    await asyncio.sleep(0.01)
    print("aexit", name)


async def main():
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(ares("a"))
        b = stack.enter_context(res("b"))

        async def cleanup(x):
            print("async callback", x)
        stack.push_async_callback(cleanup, 42)
        print("body", a, b)


asyncio.run(main())
