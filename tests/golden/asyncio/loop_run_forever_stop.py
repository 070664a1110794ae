# run_forever runs callbacks and tasks until stop() is called from a callback.
import asyncio

loop = asyncio.new_event_loop()

async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.1)
    print("ticker asks for stop")
    loop.call_soon(loop.stop)

def hello(n):
    print("hello", n, loop.is_running())

loop.call_soon(hello, 1)
loop.call_later(0.15, hello, 2)
t = loop.create_task(ticker())
print("run_forever")
loop.run_forever()
print("stopped", t.done(), loop.is_running())
loop.call_soon(hello, 3)
loop.call_soon(loop.stop)
loop.call_soon(hello, 4)
loop.run_forever()
print("stopped again")
loop.run_until_complete(asyncio.sleep(0))
loop.close()
