# Two asyncio.run calls in a row: fresh loops, and Task-N numbering keeps counting across them.
import asyncio

async def child():
    return asyncio.current_task().get_name()

async def main(tag):
    me = asyncio.current_task().get_name()
    kid = await asyncio.create_task(child())
    print(tag, me, kid)
    return asyncio.get_running_loop()

l1 = asyncio.run(main("first"))
l2 = asyncio.run(main("second"))
print(l1 is l2, l1.is_closed(), l2.is_closed())
