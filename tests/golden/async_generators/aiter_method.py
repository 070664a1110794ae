# A class whose __aiter__ is an async generator method
import asyncio


class Playlist:
    def __init__(self, *songs):
        self.songs = songs

    async def __aiter__(self):
        for song in self.songs:
            await asyncio.sleep(0)
            yield song

    async def shuffled(self, order):
        for i in order:
            yield self.songs[i]


async def main():
    p = Playlist("intro", "verse", "chorus")
    async for song in p:
        print("playing", song)
    print([s async for s in p.shuffled([2, 0, 1])])
    print(type(p.__aiter__()).__name__, Playlist.shuffled.__qualname__)
    print(p.shuffled([0]).__qualname__)


asyncio.run(main())
