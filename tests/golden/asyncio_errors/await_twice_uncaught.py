# Awaiting a finished coroutine again is an uncaught RuntimeError.
import asyncio

async def f():
    return 1

async def main():
    c = f()
    print(await c)
    print(await c)

asyncio.run(main())
