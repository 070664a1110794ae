# A typical asyncio tutorial: dataclass jobs run concurrently, results collected
import asyncio
from dataclasses import dataclass, field
from typing import List


@dataclass
class Job:
    id: int
    delay: float
    log: List[str] = field(default_factory=list)


@dataclass
class Stats:
    done: int = 0
    order: List[int] = field(default_factory=list)


async def run_job(job: Job, stats: Stats) -> Job:
    job.log.append("start")
    await asyncio.sleep(job.delay)
    job.log.append("end")
    stats.done += 1
    stats.order.append(job.id)
    return job


async def main() -> None:
    stats = Stats()
    jobs = [Job(i, 0.02 * (3 - i)) for i in range(3)]
    results = await asyncio.gather(*(run_job(j, stats) for j in jobs))
    print(stats)
    for r in results:
        print(r)


asyncio.run(main())
