# A custom exception handler receives "Task exception was never retrieved" with the task.
import asyncio


def handler(loop, context):
    print("handler:", sorted(context), context["message"])
    print("  exception:", repr(context["exception"]))
    print("  future:", context["future"].get_name(), context["future"].done())


async def bad():
    raise ValueError("boom")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    t = asyncio.create_task(bad())
    await asyncio.sleep(0.01)
    del t
    await asyncio.sleep(0.01)
    print("end")


asyncio.run(main())
