# unittest.mock: patch/patch.object/patch.dict as decorators and context managers,
# stacked patches, PropertyMock, wraps, magic configuration, AsyncMock in
# IsolatedAsyncioTestCase (patching asyncio.sleep makes an AsyncMock).
import asyncio
import unittest
import unittest.mock
from unittest import mock
from unittest.mock import patch, MagicMock, AsyncMock, call, PropertyMock, sentinel, DEFAULT

print(unittest.mock.Mock is mock.Mock)

class Service:
    def fetch(self, x):
        return "real %s" % x
    async def afetch(self, x):
        await asyncio.sleep(1)
        return "real async %s" % x
    @property
    def size(self):
        return 10

def helper():
    return "helper"

async def ahelper():
    return "ahelper"

CONFIG = {"a": 1}

@patch("__main__.helper")
@patch("__main__.ahelper")
def run(amock, hmock):
    print(type(amock).__name__, type(hmock).__name__)
    hmock.return_value = "fake"
    print(helper())
    amock.return_value = "afake"
    print(asyncio.run(ahelper()))
    amock.assert_awaited_once()
run()
print(helper())

with patch.object(Service, "fetch", return_value="patched") as pm:
    s = Service()
    print(s.fetch(1))
    pm.assert_called_once_with(1)
print(Service().fetch(2))

with patch.dict(CONFIG, {"b": 2}):
    print(sorted(CONFIG.items()))
print(CONFIG)
with patch.dict(CONFIG, clear=True):
    print(CONFIG)
print(CONFIG)

with patch.object(Service, "size", new_callable=PropertyMock) as sz:
    sz.return_value = 99
    print(Service().size)
print(Service().size)

m = MagicMock()
m.a.b.c(1)
m().x(2)
m.d(3).e(4)
print(m.mock_calls)
print(m.method_calls)
print([repr(x).split(" id=")[0] for x in (m.a.b.c, m(), m.d(3).e)])
w = MagicMock(wraps=Service())
print(w.fetch(7), w.fetch.call_args)
sp = MagicMock(spec=Service)
print(isinstance(sp.afetch, AsyncMock), isinstance(sp.fetch, AsyncMock))
try:
    sp.missing
except AttributeError as e:
    print("AttributeError", e)
m2 = MagicMock()
m2.__getitem__.side_effect = lambda k: k * 2
print(m2[21], m2.__getitem__.call_args)
m2.__iter__.return_value = iter([1, 2])
print(list(m2))
m3 = MagicMock(side_effect=KeyError("k"))
try:
    m3()
except KeyError as e:
    print("KeyError", e)
m4 = MagicMock(side_effect=[1, 2, DEFAULT])
m4.return_value = "dflt"
print(m4(), m4(), m4())
try:
    m4()
except StopIteration:
    print("StopIteration")
print(sentinel.foo, sentinel.foo is sentinel.foo)
try:
    m4.assert_has_calls([call(9)])
except AssertionError as e:
    print(e)
try:
    m4.assert_any_call(9)
except AssertionError as e:
    print(e)
try:
    m4.assert_called_with(9)
except AssertionError as e:
    print(e)

class T(unittest.IsolatedAsyncioTestCase):
    @patch.object(Service, "afetch", new_callable=AsyncMock)
    async def test_afetch(self, af):
        af.return_value = "mocked"
        self.assertEqual(await Service().afetch(3), "mocked")
        af.assert_awaited_once_with(3)
    async def test_sleep(self):
        with patch("asyncio.sleep") as sl:
            await asyncio.sleep(5)
            self.assertEqual(type(sl).__name__, "AsyncMock")
            sl.assert_awaited_once_with(5)
    async def test_async_ctx(self):
        cm = MagicMock()
        cm.__aenter__.return_value = "inside"
        async with cm as v:
            self.assertEqual(v, "inside")
        cm.__aexit__.assert_awaited_once()
    async def test_fail(self):
        am = AsyncMock()
        am.assert_not_awaited()
        with self.assertRaises(AssertionError) as cm:
            am.assert_awaited()
        print(cm.exception)
unittest.main(verbosity=2, exit=False)
