# await asyncio.sleep(d) as a statement with d <= 0 (no coroutine object made): one bare
# yield whatever value the driver sends; other delays, sleep(0, result) and errors as usual.
import asyncio
async def c():
    await asyncio.sleep(0)
    await asyncio.sleep(-1)
    await asyncio.sleep(False)
    await asyncio.sleep(0.0)
    x = await asyncio.sleep(0, 5)
    print("x", x)
    try:
        await asyncio.sleep("a")
    except TypeError as e:
        print("TE", e)
    return 7
co = c()
print(co.send(None))
print(co.send(42))
print(co.send(43))
print(co.send(44))
try:
    print(co.send(45))
    print(co.send(46))
except StopIteration as e:
    print("stop", e.value)
async def main():
    t = asyncio.create_task(c())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")
asyncio.run(main())

from asyncio import sleep


async def by_name():
    await sleep(0)
    await sleep(-2.5)
    print("y", await sleep(0, "r"))
    return 9


co = by_name()
print(co.send(None))
print(co.send(1))
print(co.send(2))
try:
    co.send(3)
except StopIteration as e:
    print("stop", e.value)
