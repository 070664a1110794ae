# as_completed(): results come in completion order, not argument order; exceptions
# are raised by the await of their turn.
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} failed")
    return name

async def main():
    aws = [job("slow", 0.04), job("fast", 0.01), job("bad", 0.02, True), job("mid", 0.03)]
    for i, fut in enumerate(asyncio.as_completed(aws)):
        try:
            print(i, await fut)
        except RuntimeError as e:
            print(i, "RuntimeError:", e)
    t1 = asyncio.create_task(job("task", 0.02))
    t2 = asyncio.create_task(job("other", 0.01))
    print([await f for f in asyncio.as_completed([t1, t2, t1])])

asyncio.run(main())
