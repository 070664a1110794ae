# get_event_loop() outside a running loop (3.11.7): makes and sets a loop silently the
# first time; after set_event_loop(None) or asyncio.run() it raises RuntimeError.
import asyncio

loop = asyncio.get_event_loop()
print(loop is asyncio.get_event_loop(), loop.is_closed())
print(loop.run_until_complete(asyncio.sleep(0, "ran")))
loop.close()
print(asyncio.get_event_loop() is loop, loop.is_closed())
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
new = asyncio.new_event_loop()
asyncio.set_event_loop(new)
print(asyncio.get_event_loop() is new)
new.close()
asyncio.run(asyncio.sleep(0))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)


async def inside():
    return asyncio.get_event_loop() is asyncio.get_running_loop()

print(asyncio.run(inside()))
