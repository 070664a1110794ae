"""unittest.mock for coropy: Mock, MagicMock, AsyncMock, call, ANY, sentinel, patch.

Modelled on CPython's Lib/unittest/mock.py, much reduced: child mocks on attribute
access, return_value / side_effect / wraps, call recording (call_args, mock_calls,
method_calls), the assert_* helpers with CPython's messages, MagicMock's magic methods
(configurable per instance), AsyncMock's await tracking, and patch / patch.object /
patch.dict as decorators (sync and async functions) and context managers.
"""

__all__ = ['Mock', 'MagicMock', 'AsyncMock', 'NonCallableMock', 'call', 'ANY',
           'DEFAULT', 'sentinel', 'patch', 'PropertyMock', 'create_autospec']


class _SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name


class _Sentinel:
    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError(name)
        return self._sentinels.setdefault(name, _SentinelObject(name))


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING


class _ANY:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = None

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


def _format_args(name, args, kwargs):
    parts = [repr(a) for a in args]
    parts.extend('%s=%r' % (k, v) for k, v in kwargs.items())
    return '%s(%s)' % (name, ', '.join(parts))


class _Call:
    """One recorded call: `call(1, a=2)`, `call.foo.bar(3)`; a two-item one (as
    `call_args`) unpacks as `(args, kwargs)` and equals such a pair."""

    def __init__(self, name='', args=(), kwargs=None, two=False):
        self._name = name
        self.args = tuple(args)
        self.kwargs = dict(kwargs or {})
        self._two = two

    def __iter__(self):
        if self._two:
            return iter((self.args, self.kwargs))
        return iter((self._name, self.args, self.kwargs))

    def __len__(self):
        return 2 if self._two else 3

    def __getitem__(self, i):
        return tuple(self)[i]

    def __eq__(self, other):
        if other is ANY:
            return True
        if isinstance(other, _Call):
            other_name, other_args, other_kwargs = other._name, other.args, other.kwargs
        elif isinstance(other, tuple) and len(other) in (2, 3):
            if len(other) == 3:
                other_name, other_args, other_kwargs = other
            else:
                first, second = other
                other_name, other_args, other_kwargs = '', (), {}
                if isinstance(first, str):
                    other_name = first
                    if isinstance(second, dict):
                        other_kwargs = second
                    else:
                        other_args = second
                else:
                    other_args, other_kwargs = first, second
        else:
            return NotImplemented
        # As in CPython, the name counts only when this call has one.
        if self._name and other_name != self._name:
            return False
        return (tuple(other_args), other_kwargs) == (self.args, self.kwargs)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    __hash__ = None

    def __call__(self, *args, **kwargs):
        return _Call(self._name, args, kwargs)

    def __getattr__(self, attr):
        if attr.startswith('__'):
            raise AttributeError(attr)
        return _CallAttr('%s.%s' % (self._name, attr) if self._name else attr)

    def __repr__(self):
        if self._two or not self._name:
            name = 'call'
        elif self._name.startswith('()'):
            name = 'call' + self._name
        else:
            name = 'call.' + self._name
        return _format_args(name, self.args, self.kwargs)


class _CallAttr:
    """`call.foo`: calling it makes `call.foo(...)`; more attributes extend the name."""

    def __init__(self, name):
        self._name = name

    def __call__(self, *args, **kwargs):
        return _Call(self._name, args, kwargs)

    def __getattr__(self, attr):
        if attr.startswith('__'):
            raise AttributeError(attr)
        return _CallAttr('%s.%s' % (self._name, attr))

    def __repr__(self):
        return self._name


class _CallFactory(_Call):
    """`call` itself: `call(...)` and `call.name(...)` build expected calls."""

    def __repr__(self):
        return 'call'


call = _CallFactory()


def _is_magic(name):
    return name.startswith('__') and name.endswith('__') and len(name) > 4


class NonCallableMock:
    """A mock object: any attribute is a child mock made on first access."""

    def __new__(cls, *args, **kw):
        # One class per instance, so magic methods can be configured per mock.
        sub = type(cls.__name__, (cls,), {'__doc__': cls.__doc__})
        return object.__new__(sub)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None,
                 parent=None, _new_name='', _new_parent=None, unsafe=False,
                 return_value=DEFAULT, side_effect=None, **kwargs):
        d = self.__dict__
        if spec_set is not None:
            spec = spec_set
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = _new_parent
        d['_mock_children'] = {}
        d['_mock_wraps'] = wraps
        d['_mock_return_value'] = return_value
        d['_mock_side_effect'] = None
        d['_spec_class'] = None
        d['_spec_names'] = None
        d['_spec_set'] = spec_set is not None
        d['_spec_asyncs'] = []
        if spec is not None:
            self._mock_add_spec(spec)
        d['method_calls'] = []
        d['mock_calls'] = []
        d['called'] = False
        d['call_count'] = 0
        d['call_args'] = None
        d['call_args_list'] = []
        self._mock_set_side_effect(side_effect)
        self.configure_mock(**kwargs)

    def _mock_add_spec(self, spec):
        d = self.__dict__
        if isinstance(spec, list) and all(isinstance(s, str) for s in spec):
            d['_spec_names'] = list(spec)
            return
        d['_spec_class'] = spec if isinstance(spec, type) else type(spec)
        d['_spec_names'] = dir(spec)
        for attr in d['_spec_names']:
            value = getattr(spec, attr, None)
            if _is_async_func(value):
                d['_spec_asyncs'].append(attr)

    def configure_mock(self, **kwargs):
        for arg, val in sorted(kwargs.items(), key=lambda e: e[0].count('.')):
            *path, final = arg.split('.')
            obj = self
            for entry in path:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    # -- return_value and side_effect -------------------------------------------

    @property
    def return_value(self):
        ret = self._mock_return_value
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name='()')
            self.__dict__['_mock_return_value'] = ret
        return ret

    @return_value.setter
    def return_value(self, value):
        self._mock_set_return_value(value)

    def _mock_set_return_value(self, value):
        self.__dict__['_mock_return_value'] = value
        if _is_mock(value) and value._mock_parent is None and value._mock_new_parent is None:
            value.__dict__['_mock_new_parent'] = self
            value.__dict__['_mock_new_name'] = '()'

    @property
    def side_effect(self):
        return self._mock_side_effect

    @side_effect.setter
    def side_effect(self, value):
        self._mock_set_side_effect(value)

    def _mock_set_side_effect(self, value):
        if value is not None and not callable(value) and not _is_exception(value):
            value = iter(value)
        self.__dict__['_mock_side_effect'] = value

    # -- attributes --------------------------------------------------------------

    def __getattr__(self, name):
        if name.startswith('_mock_') or name.startswith('_spec_'):
            raise AttributeError(name)
        if _is_magic(name):
            raise AttributeError(name)
        if self._spec_names is not None and name not in self._spec_names:
            raise AttributeError('Mock object has no attribute %r' % name)
        if name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')):
            raise AttributeError(
                "%r is not a valid assertion. Use a spec for the mock if %r is meant "
                "to be an attribute." % (name, name))
        children = self._mock_children
        result = children.get(name)
        if result is None:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps,
                                          _new_name=name, _new_parent=self)
            children[name] = result
        return result

    def __setattr__(self, name, value):
        if name == 'return_value':
            return self._mock_set_return_value(value)
        if name == 'side_effect':
            return self._mock_set_side_effect(value)
        if name in self.__dict__:
            self.__dict__[name] = value
            return
        if (self._spec_set and self._spec_names is not None
                and name not in self._spec_names):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if _is_magic(name):
            if not _is_mock(value):
                setattr(type(self), name, _get_method(name, value))
            else:
                _attach(self, value, name)
                setattr(type(self), name, value)
            return
        if _is_mock(value):
            _attach(self, value, name)
            self._mock_children[name] = value
            return
        self.__dict__[name] = value

    def __delattr__(self, name):
        self._mock_children.pop(name, None)
        self.__dict__.pop(name, None)

    def __dir__(self):
        return sorted(set(dir(type(self))) | set(self._mock_children))

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = '' if name in ('mock', 'mock.') else ' name=%r' % name
        spec_string = ''
        if self._spec_class is not None:
            spec_string = ' spec=%r' % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_string, spec_string,
                                     id(self))

    def _extract_mock_name(self):
        names = [self._mock_new_name]
        parent = self._mock_new_parent
        last = self
        dot = '.'
        if names == ['()']:
            dot = ''
        while parent is not None:
            last = parent
            names.append(parent._mock_new_name + dot)
            dot = '.'
            if parent._mock_new_name == '()':
                dot = ''
            parent = parent._mock_new_parent
        names = list(reversed(names))
        root = last._mock_name or 'mock'
        if len(names) > 1 and names[1] not in ('()', '().'):
            root += '.'
        names[0] = root
        return ''.join(names)

    def _get_child_mock(self, **kw):
        new_name = kw.get('_new_name')
        if new_name in self._spec_asyncs:
            return AsyncMock(**kw)
        cls = type(self).__mro__[1]
        if isinstance(self, AsyncMock):
            cls = MagicMock if new_name in _sync_magics else AsyncMock
        elif issubclass(cls, MagicMock) and new_name in _async_magics:
            cls = AsyncMock
        elif not issubclass(cls, CallableMixin):
            cls = MagicMock if issubclass(cls, NonCallableMagicMock) else Mock
        return cls(**kw)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        visited = [] if visited is None else visited
        if id(self) in visited:
            return
        visited.append(id(self))
        d = self.__dict__
        d['called'] = False
        d['call_count'] = 0
        d['call_args'] = None
        d['call_args_list'] = []
        d['method_calls'] = []
        d['mock_calls'] = []
        if 'await_count' in d:
            d['await_count'] = 0
            d['await_args'] = None
            d['await_args_list'] = []
        if return_value:
            d['_mock_return_value'] = DEFAULT
        if side_effect:
            d['_mock_side_effect'] = None
        for child in self._mock_children.values():
            child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        ret = self._mock_return_value
        if _is_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    def attach_mock(self, mock, attribute):
        mock.__dict__['_mock_parent'] = None
        mock.__dict__['_mock_new_parent'] = None
        mock.__dict__['_mock_name'] = ''
        mock.__dict__['_mock_new_name'] = None
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        self.__dict__['_spec_set'] = spec_set
        self._mock_add_spec(spec)

    # -- assertions --------------------------------------------------------------

    def _calls_repr(self, prefix='Calls'):
        if not self.mock_calls:
            return ''
        return '\n%s: %r.' % (prefix, self.mock_calls)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        expected = _format_args(self._mock_name or 'mock', args, kwargs)
        actual = 'not called.'
        call_args = self.call_args
        if call_args is not None:
            actual = _format_args(self._mock_name or 'mock', call_args.args, call_args.kwargs)
        return 'expected %s not found.\nExpected: %s\n  Actual: %s' % (action, expected, actual)

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count,
                                    self._calls_repr()))

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." %
                                 (self._mock_name or 'mock'))

    def assert_called_once(self):
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count,
                                    self._calls_repr()))

    def assert_called_with(self, *args, **kwargs):
        if self.call_args is None:
            expected = _format_args(self._mock_name or 'mock', args, kwargs)
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: not called.'
                                 % expected)
        if self.call_args != _Call('', args, kwargs, two=True):
            raise AssertionError(self._format_mock_failure_message(args, kwargs))

    def assert_called_once_with(self, *args, **kwargs):
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count,
                                    self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        expected = list(calls)
        all_calls = list(self.mock_calls)
        if not any_order:
            for i in range(len(all_calls) - len(expected) + 1):
                if all_calls[i:i + len(expected)] == expected:
                    return
            raise AssertionError('Calls not found.\nExpected: %r\n  Actual: %r'
                                 % (expected, self.mock_calls))
        not_found = []
        for kall in expected:
            if kall in all_calls:
                all_calls.remove(kall)
            else:
                not_found.append(kall)
        if not_found:
            raise AssertionError('%r does not contain all of %r in its call list, '
                                 'found %r instead' % (self._mock_name or 'mock',
                                                       tuple(not_found), all_calls))

    def assert_any_call(self, *args, **kwargs):
        expected = _Call('', args, kwargs, two=True)
        if expected not in self.call_args_list:
            raise AssertionError('%s call not found' %
                                 _format_args(self._mock_name or 'mock', args, kwargs))


def _attach(parent, value, name):
    if value._mock_parent is not None or value._mock_new_parent is not None:
        return
    value.__dict__['_mock_parent'] = parent
    value.__dict__['_mock_new_parent'] = parent
    value.__dict__['_mock_name'] = name
    value.__dict__['_mock_new_name'] = name


def _is_mock(obj):
    return isinstance(obj, NonCallableMock)


def _is_exception(obj):
    return isinstance(obj, BaseException) or (
        isinstance(obj, type) and issubclass(obj, BaseException))


def _is_async_func(obj):
    import asyncio
    return asyncio.iscoroutinefunction(obj) and not _is_mock(obj)


def _get_method(name, func):
    def method(self, *args, **kw):
        return func(self, *args, **kw)
    method.__name__ = name
    return method


class CallableMixin:
    def __call__(self, *args, **kwargs):
        self._mock_record_call(args, kwargs)
        return self._mock_call(args, kwargs)

    def _mock_record_call(self, args, kwargs):
        d = self.__dict__
        d['called'] = True
        d['call_count'] += 1
        d['call_args'] = _Call('', args, kwargs, two=True)
        self.call_args_list.append(d['call_args'])
        self.mock_calls.append(_Call('', args, kwargs))
        # Record the call in every parent: `call.child(...)` in method_calls,
        # `call.child(...)` / `call().child(...)` in mock_calls, as CPython does.
        do_method_calls = self._mock_parent is not None
        method_call_name = self._mock_name
        mock_call_name = self._mock_new_name
        is_a_call = mock_call_name == '()'
        parent = self._mock_new_parent
        while parent is not None:
            if do_method_calls:
                parent.method_calls.append(_Call(method_call_name, args, kwargs))
                do_method_calls = parent._mock_parent is not None
                if do_method_calls:
                    method_call_name = parent._mock_name + '.' + method_call_name
            parent.mock_calls.append(_Call(mock_call_name, args, kwargs))
            if parent._mock_new_name:
                dot = '' if is_a_call else '.'
                is_a_call = parent._mock_new_name == '()'
                mock_call_name = parent._mock_new_name + dot + mock_call_name
            parent = parent._mock_new_parent

    def _mock_call(self, args, kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock object."""


_magics = ('lt gt le ge int contains len iter exit complex float bool index hash '
           'str sizeof enter getitem setitem delitem fspath round floor trunc ceil '
           'add sub mul truediv floordiv mod pow neg pos abs invert and or xor '
           'lshift rshift matmul divmod').split()
_magic_names = ['__%s__' % m for m in _magics]
_async_magics = ['__aenter__', '__aexit__', '__anext__']
_sync_magics = set(_magic_names) | {'__aiter__'}

_return_values = {
    '__lt__': NotImplemented, '__gt__': NotImplemented,
    '__le__': NotImplemented, '__ge__': NotImplemented,
    '__int__': 1, '__contains__': False, '__len__': 0, '__exit__': False,
    '__float__': 1.0, '__bool__': True, '__index__': 1, '__aexit__': False,
}


def _default_return(mock, name):
    if name in _return_values:
        return _return_values[name]
    if name == '__hash__':
        return object.__hash__(mock)
    if name == '__str__':
        return object.__str__(mock)
    if name == '__sizeof__':
        return 64
    return DEFAULT


def _iter_side_effect(magic, is_async):
    """`__iter__`/`__aiter__` iterate over their return_value (empty by default)."""
    def iterate():
        ret = magic._mock_return_value
        it = iter([]) if ret is DEFAULT else iter(ret)
        return _AsyncIterator(it) if is_async else it
    return iterate


class _MagicProxy:
    """A magic method slot of one MagicMock's class: the child mock is made on first
    use and then replaces this proxy."""

    def __init__(self, name, owner):
        self.name = name
        self.owner = owner

    def create_mock(self):
        owner = self.owner
        m = owner._get_child_mock(name=self.name, parent=owner,
                                  _new_name=self.name, _new_parent=owner)
        ret = _default_return(owner, self.name)
        if ret is not DEFAULT:
            m.return_value = ret
        if self.name in ('__iter__', '__aiter__'):
            m.side_effect = _iter_side_effect(m, self.name == '__aiter__')
        setattr(type(owner), self.name, m)
        return m

    def __get__(self, obj, _type=None):
        return self.create_mock()

    def __call__(self, *args, **kw):
        return self.create_mock()(*args, **kw)


class _AsyncIterator:
    def __init__(self, iterator):
        self.iterator = iterator

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.iterator)
        except StopIteration:
            pass
        raise StopAsyncIteration


class MagicMixin:
    def _mock_set_magics(self):
        cls = type(self)
        for name in _magic_names + _async_magics + ['__aiter__']:
            if name not in cls.__dict__:
                setattr(cls, name, _MagicProxy(name, self))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A non-callable MagicMock."""

    def __init__(self, *args, **kw):
        NonCallableMock.__init__(self, *args, **kw)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods preconfigured (`len(m)` is 0, `with m:` works)."""

    def __init__(self, *args, **kw):
        Mock.__init__(self, *args, **kw)
        self._mock_set_magics()


class AsyncMockMixin:
    def _mock_async_init(self):
        d = self.__dict__
        d['await_count'] = 0
        d['await_args'] = None
        d['await_args_list'] = []

    def __call__(self, *args, **kwargs):
        self._mock_record_call(args, kwargs)
        return self._execute_mock_call(args, kwargs)

    async def _execute_mock_call(self, args, kwargs):
        _call = _Call('', args, kwargs, two=True)
        self.__dict__['await_count'] += 1
        self.__dict__['await_args'] = _call
        self.await_args_list.append(_call)
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                try:
                    result = next(effect)
                except StopIteration:
                    raise StopAsyncIteration
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
                if _is_awaitable(result):
                    result = await result
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            result = self._mock_wraps(*args, **kwargs)
            if _is_awaitable(result):
                result = await result
            return result
        return self.return_value

    def assert_awaited(self):
        if self.await_count == 0:
            raise AssertionError("Expected %s to have been awaited." %
                                 (self._mock_name or 'mock'))

    def assert_awaited_once(self):
        if not self.await_count == 1:
            raise AssertionError("Expected %s to have been awaited once. Awaited %s times."
                                 % (self._mock_name or 'mock', self.await_count))

    def assert_awaited_with(self, *args, **kwargs):
        if self.await_args is None:
            expected = _format_args(self._mock_name or 'mock', args, kwargs)
            raise AssertionError('Expected await: %s\nNot awaited' % expected)
        if self.await_args != _Call('', args, kwargs, two=True):
            raise AssertionError(self._format_await_failure(args, kwargs))

    def _format_await_failure(self, args, kwargs):
        name = self._mock_name or 'mock'
        actual = self.await_args
        return 'expected await not found.\nExpected: %s\n  Actual: %s' % (
            _format_args(name, args, kwargs), _format_args(name, actual.args, actual.kwargs))

    def assert_awaited_once_with(self, *args, **kwargs):
        if not self.await_count == 1:
            raise AssertionError("Expected %s to have been awaited once. Awaited %s times."
                                 % (self._mock_name or 'mock', self.await_count))
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, *args, **kwargs):
        if _Call('', args, kwargs, two=True) not in self.await_args_list:
            raise AssertionError('%s await not found' %
                                 _format_args(self._mock_name or 'mock', args, kwargs))

    def assert_has_awaits(self, calls, any_order=False):
        expected = list(calls)
        all_awaits = list(self.await_args_list)
        if not any_order:
            for i in range(len(all_awaits) - len(expected) + 1):
                if all_awaits[i:i + len(expected)] == expected:
                    return
            raise AssertionError('Awaits not found.\nExpected: %r\nActual: %r'
                                 % (expected, self.await_args_list))
        for kall in expected:
            if kall not in all_awaits:
                raise AssertionError('%r not all found in await list' % (tuple(expected),))
            all_awaits.remove(kall)

    def assert_not_awaited(self):
        if self.await_count != 0:
            raise AssertionError("Expected %s to not have been awaited. Awaited %s times."
                                 % (self._mock_name or 'mock', self.await_count))


def _is_awaitable(obj):
    import asyncio
    return asyncio.iscoroutine(obj) or isinstance(obj, asyncio.Future)


class AsyncMock(AsyncMockMixin, MagicMixin, Mock):
    """A MagicMock whose calls return coroutines: `await m(...)` gives its result."""

    def __init__(self, *args, **kw):
        Mock.__init__(self, *args, **kw)
        self._mock_async_init()
        self._mock_set_magics()


class PropertyMock(Mock):
    """A mock used as a property on a class: getting calls it with no arguments,
    setting calls it with the value."""

    def _get_child_mock(self, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


def create_autospec(spec, spec_set=False, instance=False, **kwargs):
    """A mock with `spec`'s attributes (coroutine functions become AsyncMocks);
    signatures are not checked in coropy."""
    if _is_async_func(spec):
        return AsyncMock(spec=spec, **kwargs)
    return MagicMock(spec=spec, spec_set=spec_set or None, **kwargs)


# -- patch ---------------------------------------------------------------------------

def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError('Need a valid target to patch. You supplied: %r' % (target,))
    return target, attribute


class _patch:
    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec,
                 new_callable, kwargs):
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.attribute_name = None
        self.is_local = False
        self._active = []

    def copy(self):
        p = _patch(self.getter, self.attribute, self.new, self.spec, self.create,
                   self.spec_set, self.autospec, self.new_callable, self.kwargs)
        p.attribute_name = self.attribute_name
        return p

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        return _decorate(func, self)

    def decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith('test'):
                continue
            attr_value = getattr(klass, attr)
            if not callable(attr_value):
                continue
            setattr(klass, attr, self.copy()(attr_value))
        return klass

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
            local = True
        except (AttributeError, KeyError, TypeError):
            original = getattr(target, name, DEFAULT)
        if not self.create and original is DEFAULT:
            raise AttributeError('%s does not have the attribute %r' % (target, name))
        return original, local

    def __enter__(self):
        new, spec, spec_set = self.new, self.spec, self.spec_set
        original, local = self.get_original()
        if new is DEFAULT:
            if self.new_callable is not None:
                Klass = self.new_callable
            elif _is_async_func(original) or (
                    spec is not None and spec is not True and _is_async_func(spec)):
                Klass = AsyncMock
            else:
                Klass = MagicMock
            kw = dict(self.kwargs)
            if spec is True:
                spec = original
            if spec_set is True:
                spec_set = original
            if spec is not None and spec is not False:
                kw['spec'] = spec
            if spec_set is not None and spec_set is not False:
                kw['spec_set'] = spec_set
            if self.autospec is not None and self.autospec is not False:
                kw['spec'] = original if self.autospec is True else self.autospec
            new = Klass(**kw)
        elif self.kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        target = self.getter()
        self._active.append((target, original, local))
        setattr(target, self.attribute, new)
        return new

    def __exit__(self, *exc_info):
        target, original, local = self._active.pop()
        if local and original is not DEFAULT:
            setattr(target, self.attribute, original)
        else:
            try:
                delattr(target, self.attribute)
            except AttributeError:
                pass
            if original is not DEFAULT and not self.create:
                setattr(target, self.attribute, original)
        return False

    def start(self):
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            pass
        if not self._active:
            return None
        return self.__exit__(None, None, None)

    _active_patches = []


def _decorate(func, patcher):
    """Apply `patcher` (and any patches stacked on `func`) around each call; the
    created mocks are passed as extra positional arguments, innermost first."""
    if hasattr(func, 'patchings'):
        func.patchings.append(patcher)
        return func
    patchings = [patcher]
    if _is_async_func(func):
        async def patched(*args, **keywargs):
            entered = []
            try:
                extra = _enter_patchings(patchings, entered, keywargs)
                return await func(*args, *extra, **keywargs)
            finally:
                _exit_patchings(entered)
    else:
        def patched(*args, **keywargs):
            entered = []
            try:
                extra = _enter_patchings(patchings, entered, keywargs)
                return func(*args, *extra, **keywargs)
            finally:
                _exit_patchings(entered)
    patched.patchings = patchings
    patched.__name__ = getattr(func, '__name__', 'patched')
    patched.__qualname__ = getattr(func, '__qualname__', patched.__name__)
    patched.__doc__ = getattr(func, '__doc__', None)
    patched.__wrapped__ = func
    return patched


def _enter_patchings(patchings, entered, keywargs):
    """Start each patch (recorded in `entered` for _exit_patchings); the mocks it made
    go into `keywargs` by name or are returned as the extra positional arguments."""
    extra = []
    for p in patchings:
        new = p.__enter__()
        entered.append(p)
        if p.attribute_name is not None:
            keywargs[p.attribute_name] = new
        elif p.new is DEFAULT:
            extra.append(new)
    return extra


def _exit_patchings(entered):
    for p in reversed(entered):
        p.__exit__(None, None, None)


def _import_target(target):
    """The object a dotted `target` names: modules are imported as needed, other
    components are attributes (`"pkg.mod.Class"`)."""
    parts = target.split('.')
    thing = __import__(parts[0])
    name = parts[0]
    for part in parts[1:]:
        name += '.' + part
        try:
            thing = getattr(thing, part)
        except AttributeError:
            thing = __import__(name, fromlist=['_'])
    return thing


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, **kwargs):
    """`patch("module.name", new=...)`: replace an attribute for the duration of a
    function call or a `with` block."""
    getter_target, attribute = _get_target(target)
    return _patch(lambda: _import_target(getter_target), attribute, new, spec, create,
                  spec_set, autospec, new_callable, kwargs)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, **kwargs):
    if isinstance(target, str):
        raise TypeError('%r must be the actual object to be patched, not a str' % (target,))
    return _patch(lambda: target, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs)


class _patch_dict:
    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if _is_async_func(f):
            async def patched(*args, **kw):
                self._patch_dict()
                try:
                    return await f(*args, **kw)
                finally:
                    self._unpatch_dict()
        else:
            def patched(*args, **kw):
                self._patch_dict()
                try:
                    return f(*args, **kw)
                finally:
                    self._unpatch_dict()
        patched.__name__ = getattr(f, '__name__', 'patched')
        patched.__wrapped__ = f
        return patched

    def _patch_dict(self):
        in_dict = self.in_dict
        if isinstance(in_dict, str):
            in_dict = _import_target(in_dict)
            self.in_dict = in_dict
        self._original = dict(in_dict)
        if self.clear:
            in_dict.clear()
        in_dict.update(self.values)

    def _unpatch_dict(self):
        in_dict = self.in_dict
        in_dict.clear()
        in_dict.update(self._original)

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def __exit__(self, *args):
        self._unpatch_dict()
        return False

    start = __enter__

    def stop(self):
        self._unpatch_dict()


def _patch_stopall():
    for p in reversed(list(_patch._active_patches)):
        p.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'
