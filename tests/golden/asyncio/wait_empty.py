# wait([]) raises ValueError; a bad return_when raises ValueError too.
import asyncio

async def f():
    await asyncio.sleep(0)

async def main():
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    t = asyncio.create_task(f())
    try:
        await asyncio.wait([t], return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
    await t
    print("end")

asyncio.run(main())
