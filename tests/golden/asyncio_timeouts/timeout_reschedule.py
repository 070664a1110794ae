# Timeout.reschedule(): push the deadline back, pull it in, disable it with None;
# when() reports it.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.02) as t:
            t.reschedule(loop.time() + 0.1)
            await asyncio.sleep(0.05)
            print("survived past the first deadline")
            t.reschedule(None)
            print("when:", t.when(), repr(t))
            await asyncio.sleep(0.1)
            print("no deadline")
            t.reschedule(loop.time() + 0.01)
            await asyncio.sleep(0.1)
    except TimeoutError:
        print("timed out after the last reschedule;", t.expired())
    for bad in (t, asyncio.timeout(1)):
        try:
            bad.reschedule(None)
        except RuntimeError as e:
            print("RuntimeError:", e)

asyncio.run(main())
