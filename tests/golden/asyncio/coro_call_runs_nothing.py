# Calling an async function runs none of its body; iscoroutine tells coroutine objects apart.
import asyncio

async def f(x):
    print("f body runs", x)
    return x * 2

c = f(21)
print("called f, nothing printed yet")
print(asyncio.iscoroutine(c), asyncio.iscoroutine(f), asyncio.iscoroutine(42))
print(asyncio.iscoroutinefunction(f), asyncio.iscoroutinefunction(print))
print(type(c).__name__)
print(asyncio.run(c))
