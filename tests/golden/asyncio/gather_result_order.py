# gather starts children in argument order and returns results in argument order.
import asyncio

async def job(name, d):
    print("start", name)
    await asyncio.sleep(d)
    print("finish", name)
    return name.upper()

async def main():
    res = await asyncio.gather(job("slow", 0.3), job("fast", 0.1), job("mid", 0.2))
    print(res)
    t = asyncio.create_task(job("task", 0.1))
    print(await asyncio.gather(job("coro", 0.2), t))

asyncio.run(main())
