# A Queue subclass overriding _init/_put/_get (as CPython allows): the base class's
# logic calls them.
import asyncio


class RecordingQueue(asyncio.Queue):
    def _init(self, maxsize):
        self._queue = []
        self.log = []

    def _put(self, item):
        self.log.append(('put', item))
        self._queue.insert(0, item)

    def _get(self):
        item = self._queue.pop()
        self.log.append(('get', item))
        return item


async def main():
    q = RecordingQueue(2)
    await q.put(1)
    await q.put(2)
    print(q.full(), q.qsize(), str(q))
    t = asyncio.create_task(q.put(3))
    await asyncio.sleep(0)
    print(str(q))
    print(await q.get(), await q.get())
    await t
    print(await q.get())
    print(q.log)
    print(isinstance(q, asyncio.Queue), type(q).__name__)


asyncio.run(main())
