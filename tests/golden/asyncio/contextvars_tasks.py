# contextvars with asyncio: tasks run in a copy of their creator's context, gather
# children in their own copies, call_soon callbacks in the context they were scheduled
# in, context= for tasks and callbacks, Context.run, tokens and reset.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")
user = contextvars.ContextVar("user")


def log(msg):
    print(f"[{request_id.get()}] {msg}")


async def handle(rid, delay):
    request_id.set(rid)
    log("start")
    await asyncio.sleep(delay)
    log("inner sleep done")
    await asyncio.gather(sub("a"), sub("b"))
    log("end")
    return request_id.get()


async def sub(name):
    log(f"sub {name} sees parent's id")
    request_id.set(request_id.get() + "/" + name)
    await asyncio.sleep(0.01)
    log(f"sub {name} own id")


async def main():
    log("main start")
    results = await asyncio.gather(handle("r1", 0.02), handle("r2", 0.01))
    print(results)
    log("main after gather")
    token = request_id.set("main-set")
    t = asyncio.create_task(handle("r3", 0.0))
    log("main sees its own")
    await t
    request_id.reset(token)
    log("after reset")
    try:
        user.get()
    except LookupError as e:
        print("LookupError", type(e).__name__)
    print(user.get("fallback"))
    ctx = contextvars.copy_context()
    print(request_id in ctx, ctx.get(request_id), len(ctx) >= 1)
    def in_ctx(x):
        request_id.set("inside-run")
        return request_id.get() + x
    print(ctx.run(in_ctx, "!"), request_id.get(), ctx[request_id])
    loop = asyncio.get_running_loop()
    request_id.set("at-schedule")
    fut = loop.create_future()
    def cb():
        log("callback")
        fut.set_result(None)
    loop.call_soon(cb)
    request_id.set("after-schedule")
    await fut
    other = contextvars.Context()
    loop.call_soon(lambda: log("in explicit empty context"), context=other)
    await asyncio.sleep(0)
    t2 = asyncio.create_task(handle("r4", 0), context=other)
    await t2
    print(other.get(request_id))
    try:
        ctx.run(ctx.run, print)
    except RuntimeError as e:
        print(e.args[0].split(" is ")[1])
    tok = user.set(1)
    user.reset(tok)
    try:
        user.reset(tok)
    except RuntimeError as e:
        print(str(e).split(">")[-1])
    print(tok.var is user, tok.old_value)


asyncio.run(main())
