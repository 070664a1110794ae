# Awaiting an int is an uncaught TypeError.
import asyncio

async def main():
    print("before")
    await 5

asyncio.run(main())
