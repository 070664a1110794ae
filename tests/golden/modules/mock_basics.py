# unittest.mock: Mock/MagicMock/AsyncMock call recording, call objects, assert_* messages,
# magic methods, side_effect/return_value, spec.
from unittest.mock import MagicMock, AsyncMock, Mock, call, patch, ANY
import asyncio
m = Mock()
m(1, a=2)
m.foo.bar(3)
print(m.mock_calls)
print(m.method_calls)
print(m.call_args, m.call_args.args, m.call_args.kwargs)
args, kwargs = m.call_args
print(args, kwargs, m.call_args == call(1, a=2), m.call_args == ((1,), {'a': 2}))
print(call.foo(1), call(1, 2, x=3), repr(call))
try:
    m.assert_called_once_with(2)
except AssertionError as e:
    print(e)
m(5)
try:
    m.assert_called_once()
except AssertionError as e:
    print(e)
try:
    m.assert_not_called()
except AssertionError as e:
    print(e)
mm = MagicMock()
print(len(mm), list(mm), 3 in mm, bool(mm), int(mm))
mm.__len__.return_value = 4
print(len(mm))
with mm as x:
    print(x is mm.__enter__.return_value)
am = AsyncMock(return_value=7)
async def main():
    print(await am(1))
    am.assert_awaited_once_with(1)
    print(am.await_count, am.await_args)
    s = AsyncMock(side_effect=[1, ValueError("boom")])
    print(await s())
    try:
        await s()
    except ValueError as e:
        print("raised", e)
    with patch("asyncio.sleep", new=AsyncMock()) as fake:
        await asyncio.sleep(100)
        print(fake.await_args)
    async with MagicMock() as cm:
        print(type(cm).__name__)
asyncio.run(main())
se = Mock(side_effect=lambda x: x * 2)
print(se(21))
print(Mock(return_value=3)(), repr(Mock(name="foo")).split(" id=")[0])
sp = Mock(spec=["a", "b"])
try:
    sp.c
except AttributeError as e:
    print(e)
m2 = Mock(); m2.x = 5; print(m2.x)
m3 = MagicMock(); m3.method.return_value = 1; print(m3.method(), m3.method.called, m3.method.call_count)
m3.reset_mock(); print(m3.method.called)
print(m3.method("a") == 1, m3.mock_calls == [call.method("a")], ANY == 5)
m3.assert_has_calls([call.method("a")])
m3.method.assert_any_call("a")
print(m3.__str__() != "", isinstance(m3, MagicMock), isinstance(m3, Mock))
