# Seed 000 (Python 비동기 혼내주기 1편), asynchronous version: gather three 3 s sleeps.
# The elapsed time is rounded to 0.1 s so the output is deterministic.
import asyncio
import time

async def task(seconds):

    await asyncio.sleep(seconds)

async def main():
    start = time.time()
    await asyncio.gather(
        task(3),
        task(3),
        task(3)
    )
    print(round(time.time() - start, 1))

asyncio.run(main())
