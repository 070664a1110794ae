# timeout(): a block that finishes in time exits normally; None never expires;
# exceptions other than the timeout pass through unchanged.
import asyncio

async def main():
    async with asyncio.timeout(0.1) as t:
        await asyncio.sleep(0.01)
    print(repr(t), t.expired())
    async with asyncio.timeout(None) as t:
        await asyncio.sleep(0.02)
    print(repr(t), t.when())
    try:
        async with asyncio.timeout(0.1) as t:
            raise KeyError("k")
    except KeyError as e:
        print("KeyError", e, repr(t))
    await asyncio.sleep(0.2)
    print("still fine; cancelling =", asyncio.current_task().cancelling())

asyncio.run(main())
