# Cleanup in an async generator's finally may await; other tasks run meanwhile
import asyncio


async def stream():
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print("flushing")
        await asyncio.sleep(0.05)
        print("flushed")


async def heartbeat():
    for i in range(4):
        print("beat", i)
        await asyncio.sleep(0.02)


async def main():
    hb = asyncio.create_task(heartbeat())
    s = stream()
    print(await anext(s), await anext(s))
    await asyncio.sleep(0)
    await s.aclose()
    print("aclose returned")
    await hb


asyncio.run(main())
