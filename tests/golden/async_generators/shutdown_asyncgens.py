# Generators still suspended when main() returns are closed by asyncio.run's shutdown
import asyncio


async def feed(name):
    try:
        i = 0
        while True:
            yield f"{name}{i}"
            i += 1
    finally:
        print(f"{name} closed")


kept = []


async def main():
    a = feed("a")
    kept.append(a)
    print(await anext(a), await anext(a))
    local = feed("local")
    print(await anext(local))
    never = feed("never")
    print("main returns")


asyncio.run(main())
print("after asyncio.run")
