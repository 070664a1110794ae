# Future done callbacks are scheduled with call_soon, not run inside set_result.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("cb A", f.result()))
    fut.add_done_callback(lambda f: print("cb B"))
    loop.call_soon(print, "soon before set")
    print("set_result")
    fut.set_result(9)
    loop.call_soon(print, "soon after set")
    print("set_result returned")
    fut.add_done_callback(lambda f: print("cb C late"))
    await asyncio.sleep(0)
    print("main after one turn")
    await asyncio.sleep(0)
    print("main end")

asyncio.run(main())
