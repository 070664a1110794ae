# asyncio.run returns the main coroutine's value; debug=False is accepted.
import asyncio

async def main(x):
    await asyncio.sleep(0.5)
    return {"x": x, "list": [x, x]}

print(asyncio.run(main(3), debug=False))
print(asyncio.run(main("again")))

async def nothing():
    pass

print(asyncio.run(nothing()))
