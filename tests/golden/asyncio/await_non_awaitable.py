# await on a plain int or None raises TypeError with CPython's message.
import asyncio

async def main():
    for v in (5, None, "s", [1]):
        try:
            await v
        except TypeError as e:
            print(e)
    print("end")

asyncio.run(main())
