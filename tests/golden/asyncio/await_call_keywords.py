# `await f(...)` with keyword, `*` and `**` arguments (not run inline): values,
# suspensions, a raised exception's traceback, statement and expression forms.
import asyncio
import traceback


async def kw(a, b=2, *rest, c=3, **more):
    await asyncio.sleep(0)
    if a < 0:
        raise ValueError(a)
    return a + b + c + sum(rest) + sum(more.values())


async def main():
    args = (1, 2, 3)
    opts = {"c": 10, "d": 100}
    print(await kw(1, c=5), await kw(*args), await kw(1, **opts))
    await kw(a=1)
    local = kw
    print(1 + await local(2, b=3), await local(*args, c=0, e=1))
    try:
        await kw(-1, c=0)
    except ValueError:
        text = traceback.format_exc().replace(__file__, "FILE")
        print("\n".join(l for l in text.splitlines() if l.strip(" ^~")))


asyncio.run(main())
