# SystemExit raised inside a coroutine ends the program with its status and no traceback.
import asyncio

async def main():
    print("exiting with 3")
    await asyncio.sleep(0)
    raise SystemExit(3)

asyncio.run(main())
print("never")
