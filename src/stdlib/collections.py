# The `collections` module: deque, defaultdict, Counter, OrderedDict, namedtuple,
# ChainMap. Builtin types cannot be subclassed in coropy, so the mapping types wrap a
# dict and implement its protocols (`isinstance(d, dict)` is False for them), and a
# namedtuple's instances are not tuples.

from types import _bind_args

_sentinel = object()


def _recursive_repr(fn):
    running = set()

    def wrapper(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            return fn(self)
        finally:
            running.discard(key)
    return wrapper


################################################################################
# deque
################################################################################

class deque:
    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        # Live items are self._items[self._head:]; popleft advances _head (O(1)
        # amortised) and other operations compact first.
        self._items = []
        self._head = 0
        self.extend(iterable)

    def _compact(self):
        if self._head:
            del self._items[:self._head]
            self._head = 0

    @property
    def maxlen(self):
        return self._maxlen

    def append(self, x):
        if self._maxlen == 0:
            return
        self._items.append(x)
        if self._maxlen is not None and len(self._items) - self._head > self._maxlen:
            self.popleft()

    def appendleft(self, x):
        if self._maxlen == 0:
            return
        if self._head:
            self._head -= 1
            self._items[self._head] = x
        else:
            self._items.insert(0, x)
        if self._maxlen is not None and len(self._items) - self._head > self._maxlen:
            self._items.pop()

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def pop(self):
        if len(self._items) <= self._head:
            raise IndexError('pop from an empty deque')
        x = self._items.pop()
        if len(self._items) == self._head:
            self._items.clear()
            self._head = 0
        return x

    def popleft(self):
        items = self._items
        head = self._head
        if len(items) <= head:
            raise IndexError('pop from an empty deque')
        x = items[head]
        items[head] = None
        head += 1
        if head == len(items):
            items.clear()
            head = 0
        elif head >= 64 and head * 2 >= len(items):
            del items[:head]
            head = 0
        self._head = head
        return x

    def clear(self):
        self._compact()
        self._items.clear()

    def copy(self):
        self._compact()
        return deque(self._items, self._maxlen)

    __copy__ = copy

    def count(self, x):
        self._compact()
        return self._items.count(x)

    def index(self, x, start=0, stop=None):
        self._compact()
        if stop is None:
            stop = len(self._items)
        for i in range(start, min(stop, len(self._items))):
            if self._items[i] == x:
                return i
        raise ValueError(f'{x!r} is not in deque')

    def insert(self, i, x):
        self._compact()
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        self._items.insert(i, x)

    def remove(self, value):
        self._compact()
        for i, x in enumerate(self._items):
            if x == value:
                del self._items[i]
                return
        raise ValueError(f'{value!r} is not in deque')

    def reverse(self):
        self._compact()
        self._items.reverse()

    def rotate(self, n=1):
        self._compact()
        length = len(self._items)
        if length <= 1:
            return
        n %= length
        if n:
            self._items[:] = self._items[-n:] + self._items[:-n]

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def __iter__(self):
        return iter(self._items[self._head:])

    def __reversed__(self):
        return reversed(self._items[self._head:])

    def __contains__(self, x):
        self._compact()
        return x in self._items

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError(
                f"sequence index must be integer, not '{type(i).__name__}'")
        n = len(self._items) - self._head
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('deque index out of range')
        return i + self._head

    def __getitem__(self, i):
        return self._items[self._index(i)]

    def __setitem__(self, i, x):
        self._items[self._index(i)] = x

    def __delitem__(self, i):
        del self._items[self._index(i)]
        self._compact()

    @_recursive_repr
    def __repr__(self):
        self._compact()
        items = ', '.join(repr(x) for x in self._items)
        if self._maxlen is None:
            return f'deque([{items}])'
        return f'deque([{items}], maxlen={self._maxlen})'

    def __eq__(self, other):
        self._compact()
        if isinstance(other, deque):
            other._compact()
        if not isinstance(other, deque):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        self._compact()
        if isinstance(other, deque):
            other._compact()
        if not isinstance(other, deque):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        self._compact()
        if isinstance(other, deque):
            other._compact()
        if not isinstance(other, deque):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        self._compact()
        if isinstance(other, deque):
            other._compact()
        if not isinstance(other, deque):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        self._compact()
        if isinstance(other, deque):
            other._compact()
        if not isinstance(other, deque):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        self._compact()
        if isinstance(other, deque):
            other._compact()
        if not isinstance(other, deque):
            return NotImplemented
        return self._items >= other._items

    __hash__ = None

    def __add__(self, other):
        self._compact()
        if isinstance(other, deque):
            other._compact()
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") '
                            'to deque')
        return deque(self._items + other._items, self._maxlen)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        self._compact()
        return deque(self._items * n, self._maxlen)


################################################################################
# Mappings built on a wrapped dict
################################################################################

class _DictWrapper:
    """The dict protocol over `self._data` (a real dict)."""

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __reversed__(self):
        return reversed(self._data)

    def __contains__(self, key):
        return key in self._data

    def __getitem__(self, key):
        if key in self._data:
            return self._data[key]
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def setdefault(self, key, default=None):
        return self._data.setdefault(key, default)

    def pop(self, key, *default):
        return self._data.pop(key, *default)

    def popitem(self):
        return self._data.popitem()

    def clear(self):
        self._data.clear()

    def update(self, other=(), /, **kwargs):
        if isinstance(other, _DictWrapper):
            other = other._data
        self._data.update(other, **kwargs)

    def __eq__(self, other):
        if isinstance(other, _DictWrapper):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    def __ne__(self, other):
        eq = self.__eq__(other)
        if eq is NotImplemented:
            return eq
        return not eq

    __hash__ = None

    def __bool__(self):
        return bool(self._data)

    def __or__(self, other):
        if not isinstance(other, (dict, _DictWrapper)):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


class defaultdict(_DictWrapper):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        self._data = {}
        if args or kwargs:
            self.update(*args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self._data[key] = value
        return value

    def copy(self):
        return defaultdict(self.default_factory, self._data)

    __copy__ = copy

    @_recursive_repr
    def __repr__(self):
        if self.default_factory is None:
            factory = 'None'
        else:
            factory = repr(self.default_factory)
        return f'defaultdict({factory}, {self._data!r})'


class OrderedDict(_DictWrapper):
    def __init__(self, other=(), /, **kwargs):
        self._data = {}
        self.update(other, **kwargs)

    def move_to_end(self, key, last=True):
        value = self._data.pop(key)
        if last:
            self._data[key] = value
        else:
            rest = list(self._data.items())
            self._data.clear()
            self._data[key] = value
            self._data.update(rest)

    def popitem(self, last=True):
        if not self._data:
            raise KeyError('dictionary is empty')
        if last:
            return self._data.popitem()
        key = next(iter(self._data))
        return key, self._data.pop(key)

    def copy(self):
        return OrderedDict(self._data)

    __copy__ = copy

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self._data.items()) == list(other._data.items())
        return _DictWrapper.__eq__(self, other)

    @_recursive_repr
    def __repr__(self):
        if not self._data:
            return 'OrderedDict()'
        return f'OrderedDict({list(self._data.items())!r})'

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for k in iterable:
            d[k] = value
        return d


class Counter(_DictWrapper):
    def __init__(self, iterable=None, /, **kwds):
        self._data = {}
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self._data.values())

    def most_common(self, n=None):
        items = sorted(self._data.items(), key=lambda kv: kv[1], reverse=True)
        if n is None:
            return items
        return items[:max(n, 0)]

    def elements(self):
        for elem, count in self._data.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, (dict, _DictWrapper)):
                for elem, count in iterable.items():
                    self._data[elem] = count + self._data.get(elem, 0)
            else:
                for elem in iterable:
                    self._data[elem] = self._data.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, (dict, _DictWrapper)):
                for elem, count in iterable.items():
                    self._data[elem] = self._data.get(elem, 0) - count
            else:
                for elem in iterable:
                    self._data[elem] = self._data.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return Counter(self)

    __copy__ = copy

    def __delitem__(self, elem):
        if elem in self._data:
            del self._data[elem]

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    @_recursive_repr
    def __repr__(self):
        if not self._data:
            return 'Counter()'
        items = ', '.join(f'{k!r}: {v!r}' for k, v in self.most_common())
        return f'Counter({{{items}}})'

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def _keep_positive(self):
        for elem in [e for e, c in self._data.items() if not c > 0]:
            del self._data[elem]
        return self


class ChainMap(_DictWrapper):
    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    @property
    def _data(self):
        merged = {}
        for m in reversed(self.maps):
            merged.update(m)
        return merged

    def __getitem__(self, key):
        for m in self.maps:
            if key in m:
                return m[key]
        raise KeyError(key)

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def new_child(self, m=None):
        return ChainMap({} if m is None else m, *self.maps)

    @property
    def parents(self):
        return ChainMap(*self.maps[1:])

    def __repr__(self):
        return f"ChainMap({', '.join(map(repr, self.maps))})"


################################################################################
# namedtuple
################################################################################

def _readonly(self, value):
    raise AttributeError("can't set attribute")


def _make_namedtuple_class(cls, field_names, defaults):
    """Give `cls` the behaviour of a namedtuple with these fields."""
    field_names = tuple(field_names)
    defaults = tuple(defaults)
    typename = cls.__name__
    nfields = len(field_names)

    def __init__(self, *args, **kwargs):
        values = _bind_args(f'{typename}.__new__', field_names, defaults, args, kwargs)
        object.__setattr__(self, '_tuple', tuple(values))

    def __setattr__(self, name, value):
        if name in field_names:
            raise AttributeError("can't set attribute")
        raise AttributeError(f"'{typename}' object has no attribute '{name}'")

    def __repr__(self):
        items = ', '.join(f'{n}={v!r}' for n, v in zip(field_names, self._tuple))
        return f'{type(self).__name__}({items})'

    def _make(klass, iterable):
        values = tuple(iterable)
        if len(values) != nfields:
            raise TypeError(f'Expected {nfields} arguments, got {len(values)}')
        return klass(*values)

    def _replace(self, /, **kwds):
        values = [kwds.pop(n, v) for n, v in zip(field_names, self._tuple)]
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return type(self)(*values)

    def _asdict(self):
        return dict(zip(field_names, self._tuple))

    def _other(other):
        if isinstance(other, tuple):
            return other
        if hasattr(type(other), '_fields') and hasattr(other, '_tuple'):
            return other._tuple
        return None

    def __eq__(self, other):
        o = _other(other)
        return NotImplemented if o is None else self._tuple == o

    def __ne__(self, other):
        o = _other(other)
        return NotImplemented if o is None else self._tuple != o

    def __lt__(self, other):
        o = _other(other)
        return NotImplemented if o is None else self._tuple < o

    def __le__(self, other):
        o = _other(other)
        return NotImplemented if o is None else self._tuple <= o

    def __gt__(self, other):
        o = _other(other)
        return NotImplemented if o is None else self._tuple > o

    def __ge__(self, other):
        o = _other(other)
        return NotImplemented if o is None else self._tuple >= o

    def __add__(self, other):
        o = _other(other)
        return NotImplemented if o is None else self._tuple + o

    def __radd__(self, other):
        return other + self._tuple

    def __mul__(self, n):
        return self._tuple * n

    def __hash__(self):
        return hash(self._tuple)

    def __getitem__(self, i):
        if isinstance(i, int) and not -nfields <= i < nfields:
            raise IndexError('tuple index out of range')
        return self._tuple[i]

    def __len__(self):
        return nfields

    def __iter__(self):
        return iter(self._tuple)

    def __contains__(self, x):
        return x in self._tuple

    def count(self, x):
        return self._tuple.count(x)

    def index(self, x, *args):
        return self._tuple.index(x, *args)

    def __getnewargs__(self):
        return self._tuple

    methods = dict(
        __init__=__init__, __setattr__=__setattr__, __repr__=__repr__,
        _make=classmethod(_make), _replace=_replace, _asdict=_asdict,
        __eq__=__eq__, __ne__=__ne__, __lt__=__lt__, __le__=__le__, __gt__=__gt__,
        __ge__=__ge__, __add__=__add__, __radd__=__radd__, __mul__=__mul__,
        __hash__=__hash__, __getitem__=__getitem__, __len__=__len__,
        __iter__=__iter__, __contains__=__contains__, count=count, index=index,
        __getnewargs__=__getnewargs__,
    )
    for name, fn in methods.items():
        if isinstance(fn, type(__init__)):
            fn.__qualname__ = f'{typename}.{name}'
        setattr(cls, name, fn)
    for i, name in enumerate(field_names):
        setattr(cls, name, property(lambda self, i=i: self._tuple[i], _readonly,
                                    doc=f'Alias for field number {i}'))
    cls._fields = field_names
    cls._field_defaults = dict(zip(field_names[nfields - len(defaults):], defaults))
    return cls


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    seen = set()
    for index, name in enumerate(field_names):
        if rename and (not name.isidentifier() or name.startswith('_')
                       or name in seen):
            field_names[index] = f'_{index}'
        seen.add(name)
    for name in [typename] + field_names:
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)
    defaults = tuple(defaults) if defaults is not None else ()
    if len(defaults) > len(field_names):
        raise TypeError('Got more default values than field names')

    cls = type(typename, (), {'__module__': module or '__main__'})
    return _make_namedtuple_class(cls, field_names, defaults)
