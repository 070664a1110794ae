# 100k tasks waiting on one asyncio.Event, then set() wakes them all and each finishes.
# Peak memory is reached while all of them wait: a task, its coroutine frame(s) and a
# waiter future each. `bench/compare` runs it also with 0 tasks (argv[1]) to report
# the memory per waiting task.
# per-task: 100000
import asyncio
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000


async def waiter(ev, i):
    await ev.wait()
    return i * 7 % 1_000


async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, i)) for i in range(N)]
    await asyncio.sleep(0)  # every task has started and waits on the event
    waiting = sum(1 for t in tasks if not t.done())
    ev.set()
    total = 0
    for t in tasks:
        total += await t
    print(waiting, total)


asyncio.run(main())
