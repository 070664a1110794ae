# contextvars and future done callbacks: each runs in a copy of the context current when
# it was added (or context=); remove_done_callback still finds them.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="top")


def on_done(fut):
    print("done callback sees", var.get(), fut.result())


async def worker():
    var.set("worker")
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(on_done)
    other = contextvars.Context()
    other.run(var.set, "explicit")
    fut.add_done_callback(on_done, context=other)
    fut.add_done_callback(print)
    print(fut.remove_done_callback(print), fut.remove_done_callback(on_done))
    fut.add_done_callback(on_done)
    var.set("changed later")
    fut.set_result(1)
    await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(worker())
    t.add_done_callback(lambda t: print("task done callback sees", var.get()))
    await t
    await asyncio.sleep(0)


asyncio.run(main())
