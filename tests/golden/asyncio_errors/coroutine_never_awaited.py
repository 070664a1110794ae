# A coroutine object dropped without being awaited produces a RuntimeWarning on stderr; exit 0.
import asyncio

async def f():
    print("never runs")

async def main():
    f()
    print("called f without await")
    await asyncio.sleep(0)

asyncio.run(main())
print("end")
