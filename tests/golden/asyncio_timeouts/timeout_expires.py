# timeout(): an overdue block is cancelled and TimeoutError leaves the `async with`,
# chained from the CancelledError; expired() and the repr follow the state.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    cm = asyncio.timeout(0.05)
    print(repr(cm).startswith("<Timeout [created]"), cm.expired())
    try:
        async with cm as t:
            print("same object:", t is cm, repr(t).startswith("<Timeout [active] when="))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError as e:
                print("inside: CancelledError", e.args, t.expired())
                raise
            print("not reached")
    except TimeoutError as e:
        print("TimeoutError", repr(e), type(e.__cause__).__name__,
              e.__context__ is e.__cause__, e.__suppress_context__)
    print(repr(cm), cm.expired(), round(loop.time() - start, 2))
    print("task not cancelled:", asyncio.current_task().cancelling())

asyncio.run(main())
