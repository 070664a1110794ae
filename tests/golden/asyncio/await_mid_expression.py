# await in the middle of an expression: operands evaluate left to right around suspension.
import asyncio

async def f(tag, v):
    print("enter", tag)
    await asyncio.sleep(0)
    print("leave", tag)
    return v

def p(tag, v):
    print("plain", tag)
    return v

async def main():
    x = 1 + await f("a", 3) * 2
    print("x =", x)
    y = p("l", 10) - await f("b", 4) + p("r", 100)
    print("y =", y)
    z = [p("first", 1), await f("c", 2), p("third", 3)]
    print("z =", z)
    print("call", max(await f("d", 5), p("e", 6)))

asyncio.run(main())
