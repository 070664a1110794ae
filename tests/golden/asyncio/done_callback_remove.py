# remove_done_callback returns how many registrations it removed; removed callbacks never run.
import asyncio

def cb_a(f):
    print("cb_a", f.result())

def cb_b(f):
    print("cb_b", f.result())

async def work():
    await asyncio.sleep(0.1)
    return "w"

async def main():
    t = asyncio.create_task(work())
    t.add_done_callback(cb_a)
    t.add_done_callback(cb_b)
    t.add_done_callback(cb_a)
    print("removed", t.remove_done_callback(cb_a))
    print("removed again", t.remove_done_callback(cb_a))
    await t
    print("main done", t.result())

asyncio.run(main())
