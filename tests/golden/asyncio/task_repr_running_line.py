# The repr of the running task names the line its coroutine is executing (here: the
# line that formats it), not "done, defined at".
import asyncio


def line_of(text):
    return text.split(" running at ")[1].split(" ")[0].split(":")[-1].rstrip(">")


async def main():
    print(line_of(str(asyncio.current_task())))
    await asyncio.sleep(0)
    print(line_of(repr(asyncio.current_task())))
    t = asyncio.current_task()
    print("running at" in str(t), "done, defined" in str(t))


asyncio.run(main())
