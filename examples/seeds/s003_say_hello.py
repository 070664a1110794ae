# Seed 003 (Python async programming): await a coroutine directly.
import asyncio

async def say_hello():
    print("Hello!")
    await asyncio.sleep(2)  # 2초 동안 기다림
    print("How are you?")

async def main():
    await say_hello()

# 이벤트 루프를 실행하여 main() 함수 실행
asyncio.run(main())
