# asend() sends a value in as the result of the suspended yield
import asyncio


async def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        await asyncio.sleep(0)
        total += value
        print("added", value)


async def main():
    acc = accumulator()
    print(await acc.asend(None))
    print(await acc.asend(5))
    print(await acc.asend(10))
    try:
        await acc.__anext__()  # sends None: the generator ends
    except StopAsyncIteration:
        print("finished")
    try:
        await acc.asend(1)
    except StopAsyncIteration:
        print("still finished")
    fresh = accumulator()
    try:
        await fresh.asend(3)
    except TypeError as e:
        print("TypeError:", e)
    print(type(fresh.asend(None)).__name__)


asyncio.run(main())
