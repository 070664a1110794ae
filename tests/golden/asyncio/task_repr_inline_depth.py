# The repr of a running task while its coroutine awaits inline through several levels
# (of itself and of other functions): the line is the root coroutine's own await.
import asyncio


def line_of(text):
    return text.split(" running at ")[1].split(" ")[0].split(":")[-1].rstrip(">")


async def inner(n):
    if n == 0:
        print("inner", line_of(repr(asyncio.current_task())))
        await asyncio.sleep(0)
        print("inner after sleep", line_of(repr(asyncio.current_task())))
        return 0
    return 1 + await inner(n - 1)


async def rec(n):
    if n == 0:
        print("rec", line_of(repr(asyncio.current_task())))
        return await inner(2)
    if n % 2:
        return 1 + await rec(n - 1)
    return 2 + await rec(n - 1)


async def main():
    print(await rec(3))
    print(await inner(3))


async def top():
    print(await asyncio.create_task(rec(4)))
    print(await asyncio.create_task(main()))


asyncio.run(top())
