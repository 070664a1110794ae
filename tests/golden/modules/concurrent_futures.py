# concurrent.futures executors with run_in_executor, submit/map/as_completed/wait,
# Future states, asyncio.wrap_future.
import asyncio
import concurrent.futures
from concurrent.futures import ThreadPoolExecutor, as_completed, wait

def blocking(n):
    return sum(i * i for i in range(n))

def fail():
    raise ValueError("nope")

async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 10))
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        print(await loop.run_in_executor(pool, blocking, 100))
        results = await asyncio.gather(*(loop.run_in_executor(pool, blocking, n) for n in (1, 2, 3)))
        print(results)
    with concurrent.futures.ProcessPoolExecutor() as pool:
        print(await loop.run_in_executor(pool, blocking, 1000))

asyncio.run(main())
with ThreadPoolExecutor() as ex:
    futs = [ex.submit(blocking, n) for n in range(5)]
    print(sorted(f.result() for f in as_completed(futs)))
    print(list(ex.map(blocking, [3, 4])))
    bad = ex.submit(fail)
    print(type(bad.exception()).__name__, bad.done(), bad.cancelled(), bad.cancel())
    try:
        bad.result()
    except ValueError as e:
        print("raised", e)
    done, not_done = wait(futs)
    print(len(done), len(not_done))
    cb = []
    futs[0].add_done_callback(lambda f: cb.append(f.result()))
    print(cb)
try:
    ex.submit(blocking, 1)
except RuntimeError as e:
    print(e)
f = concurrent.futures.Future()
print(f.done(), f.running(), f.cancel(), f.cancelled())
try:
    f.result()
except concurrent.futures.CancelledError:
    print("CancelledError", issubclass(concurrent.futures.CancelledError, Exception))
print(concurrent.futures.TimeoutError is TimeoutError)

async def wrapped():
    with ThreadPoolExecutor() as ex:
        cf = ex.submit(blocking, 6)
        af = asyncio.wrap_future(cf)
        print(type(af).__name__, await af)
        bad = asyncio.wrap_future(ex.submit(fail))
        try:
            await bad
        except ValueError as e:
            print("wrapped raised", e)
    loop_fut = asyncio.get_running_loop().create_future()
    print(asyncio.wrap_future(loop_fut) is loop_fut)
asyncio.run(wrapped())
