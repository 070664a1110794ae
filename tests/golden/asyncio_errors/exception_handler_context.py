# call_exception_handler passes the whole context dict; default_exception_handler logs
# every key in sorted order; a handler that raises is reported, not propagated.
import asyncio


def handler(loop, context):
    print("handler got", sorted(context.items()))
    if context.get("fail"):
        raise KeyError("in handler")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_exception_handler({"message": "no handler yet", "zeta": 1, "alpha": [1, 2]})
    loop.set_exception_handler(handler)
    loop.call_exception_handler({"message": "custom", "extra": 42})
    loop.call_exception_handler({"message": "failing", "fail": True})
    loop.default_exception_handler({"message": "straight to default", "b": "x"})
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())
    loop.call_exception_handler({"message": "", "exception": RuntimeError("bad thing")})
    print("end")


asyncio.run(main())
