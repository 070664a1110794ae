# Cancelling a future: awaiter gets CancelledError, message kept, set_result afterwards fails.
import asyncio

async def waiter(fut):
    try:
        await fut
    except asyncio.CancelledError as e:
        print("waiter cancelled, args", e.args)
        return "handled"

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    print("cancel", fut.cancel("stop it"))
    print(fut.cancelled(), fut.done())
    print(await t, t.cancelled())
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    try:
        fut.result()
    except asyncio.CancelledError as e:
        print("result() raises CancelledError", e.args)

asyncio.run(main())
