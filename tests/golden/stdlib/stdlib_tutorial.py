# A tutorial-style asyncio program combining several standard modules
import asyncio
import itertools
from collections import deque, Counter, defaultdict
from dataclasses import dataclass, field
from functools import partial
from typing import Dict, List, Optional


@dataclass(order=True)
class Request:
    priority: int
    url: str = field(compare=False)
    retries: int = field(default=0, compare=False)


@dataclass
class Crawler:
    pending: deque = field(default_factory=deque)
    seen: Counter = field(default_factory=Counter)
    by_host: Dict[str, List[str]] = field(default_factory=lambda: defaultdict(list))
    last: Optional[Request] = None

    async def fetch(self, req: Request, delay: float) -> str:
        await asyncio.sleep(delay)
        self.seen[req.url.split("/")[0]] += 1
        self.by_host[req.url.split("/")[0]].append(req.url)
        self.last = req
        return f"{req.url}:{req.priority}"


async def main() -> None:
    c = Crawler()
    ids = itertools.count(1)
    for url in ["a.com/x", "b.org/y", "a.com/z"]:
        c.pending.append(Request(next(ids), url))
    reqs = sorted(c.pending, reverse=True)
    print(reqs)
    delays = itertools.cycle([0.03, 0.01])
    fetches = [partial(c.fetch, r)(next(delays)) for r in reqs]
    print(await asyncio.gather(*fetches))
    print(c.seen.most_common(), dict(c.by_host), c.last)


asyncio.run(main())
