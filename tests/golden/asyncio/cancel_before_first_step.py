# A task cancelled before its first step runs no code at all, not even finally.
import asyncio

async def victim():
    print("victim body")
    try:
        await asyncio.sleep(1)
    finally:
        print("victim finally")

async def main():
    t = asyncio.create_task(victim())
    print("cancel returns", t.cancel())
    print("cancelled yet?", t.cancelled(), t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("main sees CancelledError")
    print("cancelled:", t.cancelled(), t.done())
    print("cancel again", t.cancel())

asyncio.run(main())
