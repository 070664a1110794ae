# differs from CPython: asyncio.wait() accepts bare coroutines (with Python 3.10's DeprecationWarning), as this seed needs; CPython 3.11 raises TypeError
# Seed 004 (asynchronous): asyncio.wait over three coroutines with random durations.
# Seeded so the output is deterministic; times are rounded to 0.1 s.
import asyncio
import time
import random

random.seed(4)

async def example_task(order_number, proceed_time):
    await asyncio.sleep(proceed_time)
    print(f"Done | proceed time of task_{order_number} is {proceed_time}")

async def main():
    start = time.time()
    await asyncio.wait([
        example_task(1, random.randint(1,5)),
        example_task(2, random.randint(1,5)),
        example_task(3, random.randint(1,5)),
    ])
    end = time.time()
    print(f"All process is Done | proceed time is {round(end-start, 1)}")

if __name__ == "__main__":
    asyncio.run(main())
