# The `functools` module: partial, wraps/update_wrapper, reduce, lru_cache/cache,
# cached_property, total_ordering, cmp_to_key, singledispatch (by exact class and
# its MRO).

from collections import namedtuple as _namedtuple

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

_initial_missing = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        for k, v in getattr(wrapped, attr, {}).items():
            setattr(wrapper, k, v)
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        args = [repr(self.func)]
        args.extend(repr(x) for x in self.args)
        args.extend(f"{k}={v!r}" for (k, v) in self.keywords.items())
        return f"functools.partial({', '.join(args)})"


class partialmethod:
    def __init__(self, func, /, *args, **keywords):
        self.func = func
        self.args = args
        self.keywords = keywords

    def __set_name__(self, owner, name):
        pm = self

        def method(obj, /, *args, **keywords):
            return pm.func(obj, *pm.args, *args, **{**pm.keywords, **keywords})
        method.__name__ = name
        setattr(owner, name, method)


def _cmp_error(op, a, b):
    return TypeError(f"'{op}' not supported between instances of "
                     f"'{type(a).__name__}' and '{type(b).__name__}'")


def total_ordering(cls):
    roots = [op for op in ('__lt__', '__le__', '__gt__', '__ge__')
             if op in cls.__dict__]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)  # prefer __lt__ to __le__ to __gt__ to __ge__

    def lt_from(root):
        if root == '__le__':
            def f(self, other):
                r = self.__le__(other)
                if r is NotImplemented:
                    return r
                return r and self != other
        elif root == '__gt__':
            def f(self, other):
                r = self.__gt__(other)
                if r is NotImplemented:
                    return r
                return not r and self != other
        else:
            def f(self, other):
                r = self.__ge__(other)
                if r is NotImplemented:
                    return r
                return not r
        return f

    def derive(name):
        # Each missing operation from the root, as functools does.
        if root == '__lt__':
            table = {
                '__gt__': lambda self, other: _not_or_ni(self.__lt__(other), self, other, 'gt'),
                '__le__': lambda self, other: _or_eq(self.__lt__(other), self, other),
                '__ge__': lambda self, other: _not(self.__lt__(other)),
            }
        elif root == '__le__':
            table = {
                '__ge__': lambda self, other: _not_or_ni(self.__le__(other), self, other, 'ge'),
                '__lt__': lambda self, other: _and_ne(self.__le__(other), self, other),
                '__gt__': lambda self, other: _not(self.__le__(other)),
            }
        elif root == '__gt__':
            table = {
                '__lt__': lambda self, other: _not_or_ni(self.__gt__(other), self, other, 'lt'),
                '__ge__': lambda self, other: _or_eq(self.__gt__(other), self, other),
                '__le__': lambda self, other: _not(self.__gt__(other)),
            }
        else:
            table = {
                '__le__': lambda self, other: _not_or_ni(self.__ge__(other), self, other, 'le'),
                '__gt__': lambda self, other: _and_ne(self.__ge__(other), self, other),
                '__lt__': lambda self, other: _not(self.__ge__(other)),
            }
        return table[name]

    for opname in ('__lt__', '__le__', '__gt__', '__ge__'):
        if opname not in roots:
            fn = derive(opname)
            fn.__name__ = opname
            fn.__qualname__ = f'{cls.__qualname__}.{opname}'
            setattr(cls, opname, fn)
    return cls


def _not(r):
    if r is NotImplemented:
        return r
    return not r


def _not_or_ni(r, self, other, which):
    # a > b  ==  not (a < b) and a != b
    if r is NotImplemented:
        return r
    return not r and self != other


def _or_eq(r, self, other):
    if r is NotImplemented:
        return r
    return r or self == other


def _and_ne(r, self, other):
    if r is NotImplemented:
        return r
    return r and self != other


def cmp_to_key(mycmp):
    class K:
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


_CacheInfo = _namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


class _HashedSeq:
    def __init__(self, tup):
        self.tup = tup
        self.hashvalue = hash(tup)

    def __hash__(self):
        return self.hashvalue

    def __eq__(self, other):
        return self.tup == other.tup


_kwd_mark = object()


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_kwd_mark,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in {int, str}:
        return key[0]
    return _HashedSeq(key)


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_cache_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)
    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]  # hits, misses

    def wrapper(*args, **kwds):
        key = _make_key(args, kwds, typed)
        if key in cache:
            stats[0] += 1
            result = cache.pop(key)
            cache[key] = result  # most recently used goes last
            return result
        stats[1] += 1
        result = user_function(*args, **kwds)
        if maxsize is None or maxsize > 0:
            if key not in cache:
                cache[key] = result
                if maxsize is not None and len(cache) > maxsize:
                    del cache[next(iter(cache))]
        return result

    def cache_info():
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        cache.clear()
        stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def cache(user_function, /):
    return lru_cache(maxsize=None)(user_function)


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        val = self.func(instance)
        instance.__dict__[self.attrname] = val
        return val


def singledispatch(func):
    registry = {}

    def dispatch(cls):
        for c in cls.__mro__:
            if c in registry:
                return registry[c]
        return func

    def register(cls, f=None):
        if f is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            f = cls
            ann = getattr(f, '__annotations__', {})
            if not ann:
                raise TypeError(
                    f"Invalid first argument to `register()`: {f!r}. "
                    "Use either `@register(some_class)` or plain `@register` "
                    "on an annotated function.")
            cls = list(ann.values())[0]
        registry[cls] = f
        return f

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper
