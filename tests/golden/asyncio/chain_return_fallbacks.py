# An await chain resumed after a suspension returns up through frames doing
# `return <int arithmetic> + await ...`: ints that overflow to big ints, non-int
# values, a frame that raises in its return expression, a frame inside a `try`,
# a return expression not using the awaited value, all mixed in one chain.
import asyncio
import traceback


async def bottom(v):
    await asyncio.sleep(0)
    return v


async def add(n, v):
    if n == 0:
        return await bottom(v)
    return 1 + await add(n - 1, v)


async def mixed(v):
    # Fast frames above and below frames that need the general path.
    return 2 * await guarded(v)


async def guarded(v):
    try:
        return 3 + await add(3, v)
    except TypeError as e:
        return f"caught {e}"


async def unused(n):
    x = await bottom([n])
    return n - 1


async def over_unused(n):
    return 1 + await unused(n)


async def fails(v):
    return 10 // await add(2, v)


async def main():
    print(await add(5, 1))
    print(await add(5, 2**63 - 3))
    print(await add(3, 1.5))
    print(await mixed(1))
    print(await mixed(2**63 - 5))
    print(await mixed("s"))
    print(await add(3, await over_unused(7)))
    print(await add(2, True))
    try:
        await fails(-2)
    except ZeroDivisionError:
        text = traceback.format_exc().replace(__file__, "FILE")
        print("\n".join(l for l in text.splitlines() if l.strip(" ^~")))
    for _ in range(3):
        print(await add(200, 0), await fails(0))


asyncio.run(main())
