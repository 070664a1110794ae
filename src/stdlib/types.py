# The `types` module: GenericAlias (what `list[int]` makes), UnionType (`int | None`),
# SimpleNamespace.


def _type_repr(obj):
    if obj is ...:
        return '...'
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


class GenericAlias:
    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args

    def __repr__(self):
        if not self.__args__:
            args = '()'
        else:
            args = ', '.join(_type_repr(a) for a in self.__args__)
        return f'{_type_repr(self.__origin__)}[{args}]'

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return UnionType((self, other))

    def __ror__(self, other):
        return UnionType((other, self))

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getitem__(self, item):
        return GenericAlias(self.__origin__, item)


class UnionType:
    def __init__(self, args):
        flat = []
        for a in args:
            if a is None:
                a = type(None)
            if isinstance(a, UnionType):
                items = a.__args__
            else:
                items = (a,)
            for i in items:
                if i not in flat:
                    flat.append(i)
        self.__args__ = tuple(flat)

    def __repr__(self):
        return ' | '.join('None' if a is type(None) else _type_repr(a)
                          for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return UnionType((self, other))

    def __ror__(self, other):
        return UnionType((other, self))


class SimpleNamespace:
    def __init__(self, /, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        items = (f'{k}={v!r}' for k, v in self.__dict__.items())
        return f"namespace({', '.join(items)})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


def _f():
    pass


FunctionType = type(_f)
LambdaType = FunctionType
NoneType = type(None)


def _and_list(names):
    names = [repr(n) for n in names]
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return f'{names[0]} and {names[1]}'
    return ', '.join(names[:-1]) + ', and ' + names[-1]


def _bind_args(qualname, params, defaults, args, kwargs):
    """Bind `args`/`kwargs` to the positional-or-keyword `params` (the last
    `len(defaults)` of them have those defaults) with CPython's TypeError messages
    for `def qualname(self, *params)`. Returns the values in order."""
    n = len(params)
    if len(args) > n:
        given = len(args) + 1
        if defaults:
            lo = n - len(defaults) + 1
            raise TypeError(f'{qualname}() takes from {lo} to {n + 1} positional '
                            f'arguments but {given} were given')
        raise TypeError(f'{qualname}() takes {n + 1} positional argument'
                        f"{'' if n + 1 == 1 else 's'} but {given} were given")
    values = list(args)
    bound = {}
    for k, v in kwargs.items():
        if k not in params:
            raise TypeError(f"{qualname}() got an unexpected keyword argument '{k}'")
        i = params.index(k)
        if i < len(args):
            raise TypeError(f"{qualname}() got multiple values for argument '{k}'")
        bound[k] = v
    missing = []
    first_default = n - len(defaults)
    for i in range(len(args), n):
        name = params[i]
        if name in bound:
            values.append(bound[name])
        elif i >= first_default:
            values.append(defaults[i - first_default])
        else:
            missing.append(name)
            values.append(None)
    if missing:
        raise TypeError(f'{qualname}() missing {len(missing)} required positional '
                        f"argument{'' if len(missing) == 1 else 's'}: "
                        f'{_and_list(missing)}')
    return values


class MappingProxyType:
    """A read-only view of a mapping."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __eq__(self, other):
        return self._mapping == other

    def __repr__(self):
        return f'mappingproxy({self._mapping!r})'

    def __str__(self):
        return str(self._mapping)
