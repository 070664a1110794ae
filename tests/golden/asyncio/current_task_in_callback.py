# Inside a plain loop callback there is a running loop but no current task.
import asyncio

def cb(loop):
    print("callback: running loop ok", asyncio.get_running_loop() is loop)
    print("callback: current_task", asyncio.current_task())

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, loop)
    await asyncio.sleep(0)
    print("main: current_task", asyncio.current_task().get_name())

asyncio.run(main())
