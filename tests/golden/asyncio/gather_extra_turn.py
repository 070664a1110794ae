# gather adds one more loop turn on top of awaiting a task directly; a ticker counts them.
import asyncio

async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0)

async def quick(tag):
    print("quick", tag)
    return tag

async def main():
    tk = asyncio.create_task(ticker(10))
    await asyncio.sleep(0)
    print("direct task await")
    print("got", await asyncio.create_task(quick("t")))
    print("gather of one")
    print("got", await asyncio.gather(quick("g")))
    print("gather of two")
    print("got", await asyncio.gather(quick("g1"), quick("g2")))
    await tk

asyncio.run(main())
