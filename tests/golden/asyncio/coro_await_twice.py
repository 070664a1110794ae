# Awaiting the same coroutine object a second time raises RuntimeError.
import asyncio

async def g():
    print("g runs")
    return 7

async def main():
    c = g()
    print("first", await c)
    try:
        await c
    except RuntimeError as e:
        print("second:", type(e).__name__, e)
    print("done")

asyncio.run(main())
