# wait_for: on timeout the inner coroutine is cancelled and cleaned up, then TimeoutError (empty message).
import asyncio

async def slow():
    try:
        await asyncio.sleep(10)
    finally:
        print("slow cleaned up")

async def main():
    print(asyncio.TimeoutError is TimeoutError)
    try:
        await asyncio.wait_for(slow(), 0.1)
    except TimeoutError as e:
        print("timeout", type(e).__name__, repr(str(e)))
    print(await asyncio.wait_for(asyncio.sleep(0.1, "in time"), 1))

asyncio.run(main())
