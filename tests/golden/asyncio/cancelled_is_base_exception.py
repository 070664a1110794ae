# CancelledError is a BaseException: except Exception does not catch it.
import asyncio

async def worker():
    try:
        try:
            await asyncio.sleep(10)
        except Exception:
            print("except Exception caught it (wrong)")
    except BaseException as e:
        print("except BaseException:", type(e).__name__)
        raise

async def main():
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
    print(asyncio.CancelledError.__mro__[1].__name__)
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except Exception:
        print("main: Exception (wrong)")
    except asyncio.CancelledError:
        print("main: CancelledError")

asyncio.run(main())
