# Nested timeouts expiring in the same turn: both cancel the task; the inner one
# sees another pending cancel request and lets CancelledError through, the outer
# one converts it.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    when = loop.time() + 0.03
    try:
        async with asyncio.timeout_at(when) as outer:
            try:
                async with asyncio.timeout_at(when) as inner:
                    await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("inner passed on CancelledError;", inner.expired(),
                      asyncio.current_task().cancelling())
                raise
    except TimeoutError:
        print("outer TimeoutError;", outer.expired(), asyncio.current_task().cancelling())

asyncio.run(main())
