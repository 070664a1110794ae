# A consumer catches the generator's exception; the generator is finished afterwards
import asyncio


async def jobs():
    try:
        yield "job1"
        await asyncio.sleep(0)
        yield "job2"
        raise ConnectionError("lost connection")
    finally:
        print("jobs cleanup")


async def main():
    g = jobs()
    try:
        async for j in g:
            print("running", j)
    except ConnectionError as e:
        print("consumer caught:", e)
    print(await anext(g, "nothing left"))
    print(await g.aclose())


asyncio.run(main())
