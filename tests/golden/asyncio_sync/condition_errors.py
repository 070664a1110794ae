# Condition: wait()/notify() without holding the lock raise RuntimeError; a Condition
# built on an existing Lock shares its state.
import asyncio
from _show import show

async def main():
    cond = asyncio.Condition()
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.notify_all()
    except RuntimeError as e:
        print("RuntimeError:", e)
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with lock:
        print("lock held, condition:", show(c2), c2.locked())
        c2.notify()
    async with c2:
        print("condition held, lock:", show(lock))
    print(show(c2))

asyncio.run(main())
