# An error raised three coroutines deep propagates through every await to the top.
import asyncio

async def c():
    print("c")
    await asyncio.sleep(0)
    return {}["missing"]

async def b():
    print("b")
    return await c()

async def a():
    print("a")
    try:
        return await b()
    finally:
        print("a finally")

asyncio.run(a())
