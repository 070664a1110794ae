# set_exception makes awaiting a future raise; exception() returns it, result() re-raises it.
import asyncio

async def setter(fut):
    await asyncio.sleep(0.1)
    print("setting exception")
    fut.set_exception(ValueError("bad value"))

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    asyncio.create_task(setter(fut))
    try:
        await fut
    except ValueError as e:
        print("await raised", repr(e))
    print(repr(fut.exception()))
    try:
        fut.result()
    except ValueError as e:
        print("result raised", e)
    f2 = loop.create_future()
    f2.set_exception(KeyError)
    print(repr(f2.exception()))
    f3 = loop.create_future()
    try:
        f3.set_exception(StopIteration("x"))
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
