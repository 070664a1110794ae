# Seed 002 (파이썬 비동기 프로그래밍 기초): the first example.
import asyncio

async def main():
    print('Hello')
    await asyncio.sleep(1)
    print('World')

asyncio.run(main())
