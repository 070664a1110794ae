# await inside try/except/else/finally: handlers and finally run in order around suspensions.
import asyncio

async def boom(n):
    await asyncio.sleep(0.1)
    print("boom", n)
    raise ValueError(n)

async def ok(n):
    await asyncio.sleep(0.1)
    return n

async def main():
    for fn in (ok, boom):
        try:
            print("try", fn.__name__)
            r = await fn(1)
            print("got", r)
        except ValueError as e:
            print("except", repr(e))
            await asyncio.sleep(0)
            print("after await in except")
        else:
            print("else")
            await asyncio.sleep(0)
        finally:
            print("finally start")
            await asyncio.sleep(0.1)
            print("finally end")
    print("main done")

asyncio.run(main())
