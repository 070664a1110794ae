# timeout_at(): an absolute deadline on loop.time(); a deadline already past expires
# on the next loop turn.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.03
    try:
        async with asyncio.timeout_at(deadline) as t:
            print("when matches:", t.when() == deadline)
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out at the deadline:", loop.time() >= deadline)
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print("entered a past deadline")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline: TimeoutError after one turn")
    try:
        async with asyncio.timeout(-1):
            print("no await: the block completes")
    except TimeoutError:
        print("not reached")
    print("done")

asyncio.run(main())
