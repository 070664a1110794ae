# await inside a with-statement body: __enter__/__exit__ bracket suspensions, also on error.
import asyncio

class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return et is KeyError

async def main():
    with CM("a") as a:
        await asyncio.sleep(0.1)
        print("inside", a.name)
    with CM("b"):
        await asyncio.sleep(0.1)
        raise KeyError("k")
    print("swallowed")
    try:
        with CM("c"):
            await asyncio.sleep(0)
            1 / 0
    except ZeroDivisionError as e:
        print("caught", e)

asyncio.run(main())
