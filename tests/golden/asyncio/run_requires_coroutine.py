# asyncio.run rejects non-coroutines with ValueError.
import asyncio

async def main():
    return 1

for arg in (main, 5):
    try:
        asyncio.run(arg)
    except ValueError as e:
        print("ValueError:", str(e).split(" got ")[0])
print(asyncio.run(main()))
