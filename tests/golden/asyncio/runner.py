# asyncio.Runner: several runs on one loop, get_loop(), close() cancels leftover tasks,
# and the errors for a non-coroutine, a closed runner and a call from a running loop.
import asyncio


async def double(x):
    await asyncio.sleep(0.01)
    return x * 2


async def lingering():
    try:
        await asyncio.sleep(10)
    finally:
        print("lingering task cleaned up")


async def start_lingering():
    asyncio.create_task(lingering())
    await asyncio.sleep(0)
    return "started"


async def nested(runner):
    try:
        runner.run(double(1))
    except RuntimeError as e:
        print("nested:", e)


with asyncio.Runner() as runner:
    print(runner.run(double(1)))
    print(runner.run(double(2)))
    loop = runner.get_loop()
    print(loop is runner.get_loop(), loop.is_closed())
    print(runner.run(start_lingering()))
    runner.run(nested(runner))
    try:
        runner.run(42)
    except ValueError as e:
        print("ValueError:", e)
print(loop.is_closed())
try:
    runner.run(double(3))
except RuntimeError as e:
    print("RuntimeError:", e)
runner.close()

r = asyncio.Runner(debug=False)
print(r.run(double(5)))
r.close()
print("done")
