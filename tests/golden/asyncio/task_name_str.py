# A task's name is str(name), taken when the task is created (Task.__init__).
import asyncio


class Named:
    def __str__(self):
        return "named-object"


async def f():
    pass


async def main():
    a = asyncio.create_task(f(), name=5)
    b = asyncio.create_task(f(), name=Named())
    c = asyncio.create_task(f())
    print(repr(a.get_name()), repr(b.get_name()), c.get_name())
    c.set_name(3.5)
    print(repr(c.get_name()))
    await asyncio.gather(a, b, c)


asyncio.run(main())
