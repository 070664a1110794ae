# asyncio.TimeoutError is the builtin TimeoutError; raising one is caught by the other name.
import asyncio

async def raiser():
    await asyncio.sleep(0.1)
    raise asyncio.TimeoutError("late")

async def main():
    print(asyncio.TimeoutError is TimeoutError)
    print(issubclass(TimeoutError, OSError), asyncio.TimeoutError.__name__)
    try:
        await raiser()
    except TimeoutError as e:
        print("caught as TimeoutError:", e)
    try:
        raise TimeoutError()
    except asyncio.TimeoutError as e:
        print("caught as asyncio.TimeoutError:", repr(str(e)))

asyncio.run(main())
