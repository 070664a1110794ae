# Timers with equal deadlines fire in creation order, under any clock.
import asyncio

async def sleeper(name, d):
    print("start", name)
    await asyncio.sleep(d)
    print("wake", name)

async def main():
    tasks = [asyncio.create_task(sleeper(n, d))
             for n, d in [("a", 0.2), ("b", 0.1), ("c", 0.2), ("d", 0.1), ("e", 0.3), ("f", 0.1)]]
    for t in tasks:
        await t
    print("all woke")

asyncio.run(main())
