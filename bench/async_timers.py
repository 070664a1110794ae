# 50k timers of different lengths (0-49 ms): the timer heap in (deadline, sequence) order.
import asyncio

done = 0
total = 0


async def sleeper(i):
    global done, total
    await asyncio.sleep((i % 50) / 1000)
    done += 1
    total += i % 50


async def main():
    await asyncio.gather(*(sleeper(i) for i in range(50_000)))
    print(done, total)


asyncio.run(main())
