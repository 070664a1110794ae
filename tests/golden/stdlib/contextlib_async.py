# contextlib.asynccontextmanager: awaits in setup and teardown, errors inside
import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def connection(name):
    print("open", name)
    await asyncio.sleep(0.01)
    try:
        yield f"conn-{name}"
    finally:
        await asyncio.sleep(0.01)
        print("close", name)


@asynccontextmanager
async def lock_held(lock):
    async with lock:
        print("locked")
        yield
    print("released")


async def use(name, delay):
    async with connection(name) as c:
        await asyncio.sleep(delay)
        print("used", c)


async def main():
    async with connection("db") as c:
        print("using", c)
    try:
        async with connection("x"):
            raise RuntimeError("fail")
    except RuntimeError as e:
        print("caught", e)
    await asyncio.gather(use("a", 0.05), use("b", 0.02))
    lock = asyncio.Lock()
    async with lock_held(lock):
        print(lock.locked())
    print(lock.locked())


asyncio.run(main())
