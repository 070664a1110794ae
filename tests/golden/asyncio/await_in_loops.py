# await inside for/while loops, with break and continue.
import asyncio

async def val(i):
    await asyncio.sleep(0.01)
    return i * i

async def main():
    total = 0
    for i in range(6):
        if i == 1:
            continue
        v = await val(i)
        print("for", i, v)
        if v > 10:
            break
        total += v
    n = 0
    while await val(n) < 20:
        print("while", n)
        n += 1
    print(total, n)

asyncio.run(main())
