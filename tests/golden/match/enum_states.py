# An enum-driven state machine stepping with match over enum members (value patterns).
import enum
import asyncio

class State(enum.Enum):
    IDLE = enum.auto()
    RUNNING = enum.auto()
    DONE = enum.auto()

async def step(s):
    await asyncio.sleep(0)
    match s:
        case State.IDLE:
            return State.RUNNING
        case State.RUNNING:
            return State.DONE
        case State.DONE:
            return None

async def main():
    s = State.IDLE
    while s is not None:
        print(s)
        s = await step(s)

asyncio.run(main())
