# Closing a coroutine that never started runs nothing and leaves stderr quiet.
import asyncio

async def f():
    print("never")
    try:
        await asyncio.sleep(1)
    finally:
        print("never finally")

c = f()
c.close()
print("closed")
c.close()
print("closed twice is fine")
