# timeout(): if the body swallows the CancelledError, the block ends normally and no
# TimeoutError is raised, but expired() is True.
import asyncio

async def main():
    async with asyncio.timeout(0.02) as t:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("swallowed the cancellation")
        print("body goes on; cancelling =", asyncio.current_task().cancelling())
    print("no TimeoutError;", t.expired(), repr(t))
    print("cancelling after exit =", asyncio.current_task().cancelling())

asyncio.run(main())
