# An explicit loop: new_event_loop, set_event_loop, run_until_complete with coroutines and tasks.
import asyncio

async def add(a, b):
    await asyncio.sleep(0.1)
    print("adding", a, b)
    return a + b

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(add(1, 2)))
t = loop.create_task(add(3, 4))
print(t.done())
print(loop.run_until_complete(t), t.done())
fut = loop.create_future()
loop.call_soon(fut.set_result, "from callback")
print(loop.run_until_complete(fut))
print(asyncio.get_event_loop() is loop)
loop.close()
print(loop.is_running(), loop.is_closed())
loop.close()
print("closing twice is fine")
