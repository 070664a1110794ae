# Semaphore/BoundedSemaphore: bad initial value; over-release of a bounded semaphore;
# an unbounded one can be released past its initial value.
import asyncio
from _show import show

async def main():
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    s = asyncio.Semaphore()
    s.release()
    print(show(s))
    b = asyncio.BoundedSemaphore(2)
    print(isinstance(b, asyncio.Semaphore), show(b))
    async with b:
        print("inside:", show(b))
        b.release()
        print("extra release inside:", show(b))
        try:
            b.release()
        except ValueError as e:
            print("ValueError:", e)
    print("unreachable?")

try:
    asyncio.run(main())
except ValueError as e:
    print("from __aexit__: ValueError:", e)
