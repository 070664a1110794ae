# asyncio.run inside a running loop raises RuntimeError; the passed coroutine never runs.
import asyncio

async def main2():
    print("main2 never runs")

async def main():
    c = main2()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print(e)
    c.close()
    return "outer ok"

print(asyncio.run(main()))
