# A loop future resolved by a callback wakes its awaiter; done callbacks see the result.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(type(fut).__name__, fut.done(), fut.cancelled())
    fut.add_done_callback(lambda f: print("callback", f.result()))
    loop.call_later(0.1, fut.set_result, "hello")
    print("awaiting")
    print("got", await fut)
    print(fut.done(), fut.result(), fut.exception())
    print("again", await fut)
    print(fut.get_loop() is loop)

asyncio.run(main())
