# An asyncio job runner tracking each job's state with an Enum (a typical tutorial shape).
import asyncio
from enum import Enum, auto


class JobState(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()
    FAILED = auto()

    @property
    def finished(self):
        return self in (JobState.DONE, JobState.FAILED)


class Job:
    def __init__(self, name, delay, fail=False):
        self.name = name
        self.delay = delay
        self.fail = fail
        self.state = JobState.PENDING

    async def run(self, log):
        self.state = JobState.RUNNING
        log.append((self.name, self.state))
        await asyncio.sleep(self.delay)
        if self.fail:
            self.state = JobState.FAILED
            raise RuntimeError(f"{self.name} failed")
        self.state = JobState.DONE
        log.append((self.name, self.state))
        return self.delay * 10


async def main():
    jobs = [Job("fetch", 0.2), Job("parse", 0.1), Job("upload", 0.15, fail=True)]
    log = []
    print({j.name: j.state for j in jobs})
    results = await asyncio.gather(*(j.run(log) for j in jobs), return_exceptions=True)
    for name, state in log:
        print(f"{name:>8}: {state.name:<8} {state!r}")
    print(results)
    counts = {state: 0 for state in JobState}
    for j in jobs:
        counts[j.state] += 1
    for state, n in counts.items():
        print(state, n, state.finished)
    print(all(j.state.finished for j in jobs), JobState(2), JobState["FAILED"].value)

    queue = asyncio.Queue()
    states = []

    async def worker():
        while True:
            job = await queue.get()
            states.append(job.state)
            try:
                await job.run([])
            except RuntimeError as e:
                states.append(str(e))
            states.append(job.state)
            queue.task_done()

    task = asyncio.create_task(worker())
    for j in [Job("a", 0.01), Job("b", 0.01, fail=True)]:
        queue.put_nowait(j)
    await queue.join()
    task.cancel()
    print(states)


asyncio.run(main())
