# Primitives bind to the first loop that makes them wait; using them from another
# loop (a second asyncio.run) is a RuntimeError.
import asyncio

ev = asyncio.Event()
lock = asyncio.Lock()

async def first():
    asyncio.get_running_loop().call_later(0.01, ev.set)
    await ev.wait()
    print("first run: event set")
    async with lock:
        print("uncontended lock: no loop needed")

async def second():
    ev.clear()
    try:
        await ev.wait()
    except RuntimeError as e:
        msg = str(e)
        print("RuntimeError:", msg[:msg.index(" object at ")] + msg[msg.index(" ["):])
    async with lock:
        print("lock still usable without contention")

asyncio.run(first())
asyncio.run(second())
