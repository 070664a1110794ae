# Task names: default Task-N numbering, name= argument, get_name/set_name.
import asyncio

async def f():
    await asyncio.sleep(0)

async def main():
    me = asyncio.current_task()
    print(me.get_name())
    a = asyncio.create_task(f())
    b = asyncio.create_task(f(), name="custom")
    c = asyncio.get_running_loop().create_task(f())
    print(a.get_name(), b.get_name(), c.get_name())
    a.set_name("renamed")
    b.set_name(42)
    print(a.get_name(), repr(b.get_name()))
    await asyncio.gather(a, b, c)
    d = asyncio.ensure_future(f())
    print(d.get_name())
    await d

asyncio.run(main())
