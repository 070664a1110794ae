# timeout(): misuse errors with CPython's messages; asyncio.TimeoutError is the
# builtin TimeoutError.
import asyncio

async def main():
    print(asyncio.TimeoutError is TimeoutError, issubclass(TimeoutError, OSError))
    t = asyncio.timeout(1)
    async with t:
        pass
    try:
        async with t:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        t.reschedule(5)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(repr(t), t.when() is not None)

try:
    asyncio.timeout(1)
except RuntimeError as e:
    print("outside a loop: RuntimeError:", e)
asyncio.run(main())
