# An exception escaping main propagates out of asyncio.run as an ordinary traceback.
import asyncio

async def main():
    print("main starts")
    await asyncio.sleep(0.1)
    print("about to fail")
    raise ValueError("main failed")

asyncio.run(main())
print("never printed")
