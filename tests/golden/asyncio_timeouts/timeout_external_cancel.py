# timeout(): a cancel() from outside is not turned into TimeoutError, even when the
# timeout expires in the same turn; cancelling() counts both requests.
import asyncio

async def body(tag):
    try:
        async with asyncio.timeout(0.05) as t:
            await asyncio.sleep(1)
    except TimeoutError:
        print(tag, "TimeoutError")
    except asyncio.CancelledError as e:
        print(tag, "CancelledError", e.args, "expired:", t.expired(),
              "cancelling:", asyncio.current_task().cancelling())
        raise

async def main():
    t1 = asyncio.create_task(body("early cancel:"))
    await asyncio.sleep(0.01)
    t1.cancel("stop")
    await asyncio.gather(t1, return_exceptions=True)
    print("t1 cancelled:", t1.cancelled())

    t2 = asyncio.create_task(body("cancel as it expires:"))
    await asyncio.sleep(0.05)
    t2.cancel()
    await asyncio.gather(t2, return_exceptions=True)
    print("t2 cancelled:", t2.cancelled())

asyncio.run(main())
