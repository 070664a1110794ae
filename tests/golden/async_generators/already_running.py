# A second anext()/aclose()/athrow() while the generator is awaiting is a RuntimeError
import asyncio


async def slow():
    for i in range(3):
        await asyncio.sleep(0.01)
        yield i


async def main():
    g = slow()
    first = asyncio.create_task(anext(g))
    await asyncio.sleep(0)
    print("ag_running:", g.ag_running)
    for make in (lambda: anext(g), g.aclose, lambda: g.athrow(ValueError)):
        try:
            await make()
        except RuntimeError as e:
            print("RuntimeError:", e)
    print("first task got", await first)
    print("ag_running:", g.ag_running)
    print([x async for x in g])


asyncio.run(main())
