# A task-driven state machine dispatching on messages with match.
import asyncio
from dataclasses import dataclass


@dataclass
class Fetch:
    url: str
    delay: float


@dataclass
class Stop:
    reason: str = "done"


async def worker(name, inbox, results):
    while True:
        msg = await inbox.get()
        match msg:
            case Fetch(url, delay) if delay > 0:
                await asyncio.sleep(delay)
                results.append((name, url))
            case Fetch(url, _):
                results.append((name, url + " (cached)"))
            case Stop(reason):
                print(f"{name} stopping: {reason}")
                return len(results)
            case {"cmd": "ping", **meta}:
                print(f"{name} pong {meta}")
            case _:
                print(f"{name} ignores {msg!r}")


async def main():
    inbox = asyncio.Queue()
    results = []
    for item in [Fetch("a", 0.02), Fetch("b", 0), {"cmd": "ping", "id": 7}, 42,
                 Fetch("c", 0.01), Stop(), Stop("late")]:
        inbox.put_nowait(item)
    counts = await asyncio.gather(worker("w1", inbox, results),
                                  worker("w2", inbox, results))
    print(counts)
    print(results)


asyncio.run(main())
