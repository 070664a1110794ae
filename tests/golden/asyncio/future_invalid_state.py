# InvalidStateError messages for result()/exception() before done and double set_result.
import asyncio

async def main():
    fut = asyncio.get_running_loop().create_future()
    for op in (fut.result, fut.exception):
        try:
            op()
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, e)
    fut.set_result(1)
    for op in (lambda: fut.set_result(2), lambda: fut.set_exception(ValueError())):
        try:
            op()
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, e)
    print(fut.result(), fut.cancel(), fut.cancelled())
    print(issubclass(asyncio.InvalidStateError, Exception))

asyncio.run(main())
