# Nested gathers flatten nothing: inner results appear as lists in the outer list.
import asyncio

async def v(x, d):
    await asyncio.sleep(d)
    print("v", x)
    return x

async def main():
    r = await asyncio.gather(
        asyncio.gather(v(1, 0.2), v(2, 0.1)),
        v(3, 0.15),
        asyncio.gather(v(4, 0.05)),
    )
    print(r)

asyncio.run(main())
