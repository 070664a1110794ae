# asyncio.run cancels tasks still pending when main returns; their handlers print during shutdown.
import asyncio

async def worker(name):
    try:
        print(name, "started")
        await asyncio.sleep(10)
        print(name, "never")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    finally:
        print(name, "finally")

async def main():
    asyncio.create_task(worker("w1"))
    await asyncio.sleep(0.1)
    print("main returns")
    return "ret"

print(asyncio.run(main()))
print("after run")
