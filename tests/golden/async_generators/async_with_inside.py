# async with inside an async generator: __aexit__ runs when the generator is closed
import asyncio


class Connection:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0)
        print("connect", self.name)
        return self

    async def __aexit__(self, et, exc, tb):
        await asyncio.sleep(0)
        print("disconnect", self.name, et.__name__ if et else None)


async def rows(name, n):
    async with Connection(name) as conn:
        for i in range(n):
            await asyncio.sleep(0)
            yield f"{conn.name}-row{i}"


async def main():
    async for r in rows("db1", 2):
        print(r)
    g = rows("db2", 5)
    print(await anext(g))
    await g.aclose()
    print("closed db2")


asyncio.run(main())
