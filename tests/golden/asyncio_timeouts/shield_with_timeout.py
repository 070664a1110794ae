# shield() under wait_for() and timeout(): the timeout hits the awaiter, the
# shielded work keeps going and finishes later.
import asyncio

async def save(name):
    await asyncio.sleep(0.05)
    print("saved", name)
    return name

async def main():
    t = asyncio.create_task(save("a"))
    try:
        await asyncio.wait_for(asyncio.shield(t), 0.01)
    except TimeoutError:
        print("wait_for timed out; task done?", t.done())
    t2 = asyncio.create_task(save("b"))
    try:
        async with asyncio.timeout(0.01):
            await asyncio.shield(t2)
    except TimeoutError:
        print("timeout() expired; task done?", t2.done())
    print(await t, await t2)

asyncio.run(main())
