# An uncaught ExceptionGroup from a TaskGroup: the group box around both failures.
import asyncio
async def bad(n):
    await asyncio.sleep(0.01)
    raise ValueError(f"boom {n}")
async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bad(1))
        tg.create_task(bad(2))
asyncio.run(main())
