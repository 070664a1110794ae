# The `typing` module: enough for annotations to evaluate, with CPython's reprs.
# Generic aliases are not checked and carry no runtime behaviour beyond calling
# their origin.

import types as _types
import collections as _collections

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, _types.FunctionType):
        return obj.__name__
    return repr(obj)


def _type_check(arg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class ForwardRef:
    def __init__(self, arg):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)


class _Final:
    pass


class _SpecialForm(_Final):
    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _GenericAlias(_Final):
    def __init__(self, origin, args, name=None):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = tuple(_type_check(a) for a in args)
        self._name = name
        self._inst = True

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if not self.__args__:
            return f'{name}[()]'
        return '{}[{}]'.format(name, ', '.join(_type_repr(a) for a in self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, params, self._name)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return f'typing.Optional[{_type_repr(args[1])}]'
            if args[1] is type(None):
                return f'typing.Optional[{_type_repr(args[0])}]'
        return 'typing.Union[{}]'.format(', '.join(_type_repr(a) for a in args))

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _types.UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return f'typing.Callable[..., {_type_repr(args[1])}]'
        params = ', '.join(_type_repr(a) for a in args[:-1])
        return f'typing.Callable[[{params}], {_type_repr(args[-1])}]'


class _SpecialGenericAlias(_Final):
    """`List`, `Dict`, ... before subscription."""

    def __init__(self, origin, name, inst=True):
        self.__origin__ = origin
        self._name = name
        self._inst = inst

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        alias = _GenericAlias(self.__origin__, params, self._name)
        alias._inst = self._inst
        return alias

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if args is ...:
            return _CallableGenericAlias(self.__origin__, (..., result), 'Callable')
        if not isinstance(args, list):
            raise TypeError(
                f"Callable[args, result]: args must be a list. Got {_type_repr(args)}")
        return _CallableGenericAlias(self.__origin__, tuple(args) + (result,), 'Callable')


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        alias = _GenericAlias(tuple, params, 'Tuple')
        alias._inst = False
        return alias


def _any_getitem(self, params):
    raise TypeError(f"{self} is not subscriptable")


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        p = _type_check(p)
        if isinstance(p, (_UnionGenericAlias, _types.UnionType)):
            items = p.__args__
        else:
            items = (p,)
        for i in items:
            if i not in flat:
                flat.append(i)
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(self, tuple(flat))


def _optional_getitem(self, parameters):
    if isinstance(parameters, tuple):
        raise TypeError(f"{self} requires a single type.")
    return Union[parameters, None]


def _single_getitem(self, parameters):
    return _GenericAlias(self, parameters, self._name)


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    alias = _GenericAlias(self, (), 'Literal')
    alias.__args__ = parameters
    return alias


Any = _SpecialForm('Any', _any_getitem)
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
ClassVar = _SpecialForm('ClassVar', _single_getitem)
Final = _SpecialForm('Final', _single_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
TypeAlias = _SpecialForm('TypeAlias')
Annotated = _SpecialForm('Annotated', _single_getitem)

List = _SpecialGenericAlias(list, 'List', inst=False)
Dict = _SpecialGenericAlias(dict, 'Dict', inst=False)
Set = _SpecialGenericAlias(set, 'Set', inst=False)
FrozenSet = _SpecialGenericAlias(frozenset, 'FrozenSet', inst=False)
Tuple = _TupleType(tuple, 'Tuple', inst=False)
Type = _SpecialGenericAlias(type, 'Type', inst=False)
Callable = _CallableType(object, 'Callable')
DefaultDict = _SpecialGenericAlias(_collections.defaultdict, 'DefaultDict')
OrderedDict = _SpecialGenericAlias(_collections.OrderedDict, 'OrderedDict')
Counter = _SpecialGenericAlias(_collections.Counter, 'Counter')
Deque = _SpecialGenericAlias(_collections.deque, 'Deque')


class _AbstractAlias(_SpecialGenericAlias):
    """An abstract container (`Iterable`, `Awaitable`, ...): not instantiable."""

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Can't instantiate abstract class {self._name}")


Iterable = _AbstractAlias(object, 'Iterable')
Iterator = _AbstractAlias(object, 'Iterator')
Generator = _AbstractAlias(object, 'Generator')
Sequence = _AbstractAlias(object, 'Sequence')
MutableSequence = _AbstractAlias(object, 'MutableSequence')
Mapping = _AbstractAlias(object, 'Mapping')
MutableMapping = _AbstractAlias(object, 'MutableMapping')
AbstractSet = _AbstractAlias(object, 'AbstractSet')
MutableSet = _AbstractAlias(object, 'MutableSet')
Collection = _AbstractAlias(object, 'Collection')
Container = _AbstractAlias(object, 'Container')
Hashable = _AbstractAlias(object, 'Hashable')
Sized = _AbstractAlias(object, 'Sized')
Reversible = _AbstractAlias(object, 'Reversible')
Awaitable = _AbstractAlias(object, 'Awaitable')
Coroutine = _AbstractAlias(object, 'Coroutine')
AsyncIterable = _AbstractAlias(object, 'AsyncIterable')
AsyncIterator = _AbstractAlias(object, 'AsyncIterator')
AsyncGenerator = _AbstractAlias(object, 'AsyncGenerator')
ItemsView = _AbstractAlias(object, 'ItemsView')
KeysView = _AbstractAlias(object, 'KeysView')
ValuesView = _AbstractAlias(object, 'ValuesView')
ContextManager = _AbstractAlias(object, 'ContextManager')
AsyncContextManager = _AbstractAlias(object, 'AsyncContextManager')


class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec(TypeVar):
    pass


AnyStr = TypeVar('AnyStr', str)


class Generic:
    """Base class of generic classes: `class Stack(Generic[T])`."""

    def __class_getitem__(cls, params):
        if cls is Generic or cls is Protocol:
            return cls
        return _GenericAlias(cls, params)


class Protocol(Generic):
    pass


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def runtime_checkable(cls):
    return cls


def get_origin(tp):
    if isinstance(tp, (_GenericAlias, _types.GenericAlias)):
        if isinstance(tp, _UnionGenericAlias):
            return Union
        return tp.__origin__
    if isinstance(tp, _types.UnionType):
        return _types.UnionType
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, (_GenericAlias, _types.GenericAlias, _types.UnionType)):
        args = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and args[0] is not ...:
            return (list(args[:-1]), args[-1])
        return args
    return ()


def get_type_hints(obj):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            hints.update(base.__dict__.get('__annotations__', {}))
        return hints
    return dict(getattr(obj, '__annotations__', {}))


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


class NamedTuple:
    """`class Point(NamedTuple): x: int; y: int = 0` (a collections.namedtuple)."""

    def __init_subclass__(cls, **kwargs):
        fields = list(cls.__dict__.get('__annotations__', {}))
        defaults = [cls.__dict__[f] for f in fields if f in cls.__dict__]
        _collections._make_namedtuple_class(cls, fields, defaults)


class TypedDict:
    """`class Movie(TypedDict): name: str`: calling the class makes a plain dict, as in
    CPython; `TypedDict("Movie", {"name": str})` is the functional form."""

    def __new__(cls, *args, **kwargs):
        if cls is TypedDict:
            return _typed_dict_class(*args, **kwargs)
        return dict(*args, **kwargs)

    def __init_subclass__(cls, total=True, **kwargs):
        _typed_dict_fields(cls, total)


def _typed_dict_fields(cls, total):
    annotations = {}
    required = set()
    optional = set()
    for base in cls.__bases__:
        if base is not TypedDict and issubclass(base, TypedDict):
            annotations.update(base.__annotations__)
            required |= base.__required_keys__
            optional |= base.__optional_keys__
    own = cls.__dict__.get('__annotations__', {})
    annotations.update(own)
    (required if total else optional).update(own)
    cls.__annotations__ = annotations
    cls.__required_keys__ = frozenset(required)
    cls.__optional_keys__ = frozenset(optional)
    cls.__total__ = total


def _typed_dict_class(typename, fields=None, /, *, total=True):
    cls = type(typename, (TypedDict,), {'__annotations__': dict(fields or {})})
    _typed_dict_fields(cls, total)
    return cls
