# Seed 002: the same five jobs with asyncio.gather (elapsed time rounded to 0.1 s).
import asyncio
import time

async def job(number):
    print(f'Starting job {number}')
    await asyncio.sleep(1)
    print(f'Finishing job {number}')

async def main():
    tasks = [job(i) for i in range(5)]
    await asyncio.gather(*tasks)

start = time.time()
asyncio.run(main())
end = time.time()
print("전체 소요시간 : ", round(end - start, 1))
