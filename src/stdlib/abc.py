"""abc for coropy: ABC and abstractmethod, without metaclasses.

`ABC` checks at instantiation that no abstract method is left (CPython's message);
`ABCMeta` is ABC's stand-in (coropy has no metaclasses: `class X(metaclass=ABCMeta)`
is refused), and `register` records virtual subclasses for `issubclass`-free checks.
"""


def abstractmethod(funcobj):
    """Mark a method abstract: a subclass of ABC must override it to be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """Deprecated since 3.3: `@property` over `@abstractmethod`."""
    if fget is not None:
        fget.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


def abstractclassmethod(callable):
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def _is_abstract(value):
    return getattr(value, '__isabstractmethod__', False)


def update_abstractmethods(cls):
    """Recompute `cls.__abstractmethods__` (after methods were added to it)."""
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC:
    """Helper base class: subclasses with abstract methods left cannot be instantiated."""

    __slots__ = ()
    __abstractmethods__ = frozenset()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        update_abstractmethods(cls)

    def __new__(cls, *args, **kwargs):
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            s = 's' if len(names) > 1 else ''
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, s, ', '.join(names)))
        return object.__new__(cls)

    @classmethod
    def register(cls, subclass):
        cls._abc_registry = getattr(cls, '_abc_registry', []) + [subclass]
        return subclass


ABCMeta = ABC


def get_cache_token():
    return 0
