# as_completed(timeout=): once the timeout passes, every remaining await raises
# TimeoutError; the unfinished tasks are not cancelled.
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    print("job", name, "finished")
    return name

async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("a", 0.01), ("b", 0.1), ("c", 0.02), ("d", 0.2)]]
    for fut in asyncio.as_completed(tasks, timeout=0.05):
        try:
            print("got", await fut)
        except TimeoutError as e:
            print("TimeoutError", repr(e))
    print([t.done() for t in tasks], [t.cancelled() for t in tasks])
    await asyncio.gather(*tasks)
    coro = job("x", 0)
    try:
        for f in asyncio.as_completed(coro):
            pass
    except TypeError as e:
        print("TypeError:", e)
    coro.close()
    print(list(asyncio.as_completed([])))

asyncio.run(main())
