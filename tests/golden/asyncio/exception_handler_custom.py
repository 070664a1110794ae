# set_exception_handler receives failures of loop callbacks as a context dict.
import asyncio

def handler(loop, context):
    # the message names the handle with its source path; keep the part before " at "
    print("handler:", context["message"].split(" at ")[0], repr(context.get("exception")))

def bad():
    raise RuntimeError("cb failed")

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad)
    loop.call_exception_handler({"message": "manual report"})
    await asyncio.sleep(0.1)
    print("main end")

asyncio.run(main())
