# wait_for() around anext(): a timeout cancels the pending step inside the generator
import asyncio


async def slow_values():
    try:
        yield "quick"
        await asyncio.sleep(0.05)
        yield "slow"
    finally:
        print("slow_values: finally")


async def main():
    g = slow_values()
    print(await asyncio.wait_for(anext(g), timeout=0.02))
    try:
        await asyncio.wait_for(anext(g), timeout=0.02)
    except asyncio.TimeoutError:
        print("timed out")
    print(await anext(g, "generator finished"))


asyncio.run(main())
