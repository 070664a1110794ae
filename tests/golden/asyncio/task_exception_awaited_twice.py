# A failed task re-raises the same exception object to every awaiter.
import asyncio

async def bad():
    await asyncio.sleep(0.1)
    raise ValueError("once")

async def waiter(t, tag):
    try:
        await t
    except ValueError as e:
        print(tag, "got", repr(e))
        return e

async def main():
    t = asyncio.create_task(bad())
    e1, e2 = await asyncio.gather(waiter(t, "w1"), waiter(t, "w2"))
    print(e1 is e2, e1 is t.exception())

asyncio.run(main())
