# Nested timeouts: only the one that expired converts CancelledError to TimeoutError;
# an inner expiry caught inside leaves the outer timeout running.
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.05) as outer:
            try:
                async with asyncio.timeout(1) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner got TimeoutError?!")
            except asyncio.CancelledError:
                print("inner sees CancelledError; inner expired:", inner.expired())
                raise
    except TimeoutError:
        print("outer TimeoutError; outer expired:", outer.expired())

    async with asyncio.timeout(1) as outer:
        try:
            async with asyncio.timeout(0.02) as inner:
                await asyncio.sleep(1)
        except TimeoutError:
            print("inner TimeoutError:", inner.expired(), "outer:", outer.expired())
        await asyncio.sleep(0.02)
        print("outer body continues")
    print("outer exited:", repr(outer))

asyncio.run(main())
