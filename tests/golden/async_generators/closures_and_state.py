# Async generators keep their locals, closures and arguments across awaits and yields
import asyncio


def make_counter(step):
    count = 0

    async def counter(limit, *, label="n"):
        nonlocal count
        while count < limit:
            count += step
            await asyncio.sleep(0)
            yield f"{label}={count}"

    return counter


async def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


async def main():
    counter = make_counter(3)
    print([x async for x in counter(10)])
    print([x async for x in counter(15, label="again")])
    f = fib()
    print([await anext(f) for _ in range(10)])
    await f.aclose()


asyncio.run(main())
