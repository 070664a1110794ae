# athrow() with a class, an instance, or a class and a value
import asyncio


async def catcher():
    while True:
        try:
            yield "ready"
        except Exception as e:
            print("caught", type(e).__name__, e.args)


async def main():
    g = catcher()
    await anext(g)
    await g.athrow(KeyError)
    await g.athrow(KeyError("instance"))
    await g.athrow(ValueError, "value")
    await g.athrow(ValueError, ("a", "b"))
    try:
        await g.athrow(42)
    except TypeError as e:
        print("TypeError")
    await g.aclose()


asyncio.run(main())
