"""contextvars (PEP 567): ContextVar, Token, Context and copy_context. The current
context lives in the interpreter (_get_context/_swap_context); once this module is
imported, every new asyncio task runs in a copy of the context it was created in, and
call_soon/call_later/call_at callbacks in a copy of the context they were scheduled in,
as in CPython."""

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_NO_DEFAULT = object()


def _current():
    ctx = _get_context()
    if ctx is None:
        ctx = Context()
        _swap_context(ctx)
    return ctx


class Context:
    def __init__(self):
        self._data = {}
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError(
                f'cannot enter context: {self} is already entered')
        self._entered = True
        prev = _swap_context(self)
        try:
            return callable(*args, **kwargs)
        finally:
            _swap_context(prev)
            self._entered = False

    def copy(self):
        new = Context()
        new._data = dict(self._data)
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(
                f"a ContextVar key was expected, got {var!r}")
        return self._data[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(
                f"a ContextVar key was expected, got {var!r}")
        return self._data.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(
                f"a ContextVar key was expected, got {var!r}")
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


class ContextVar:
    def __init__(self, name, *, default=_NO_DEFAULT):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(
                f"get expected at most 1 argument, got {len(args)}")
        ctx = _get_context()
        if ctx is not None and self in ctx._data:
            return ctx._data[self]
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current()
        old = ctx._data.get(self, Token.MISSING)
        ctx._data[self] = value
        return Token(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError("Token was created by a different ContextVar")
        ctx = _current()
        if token._ctx is not ctx:
            raise ValueError("Token was created in a different Context")
        if token._old_value is Token.MISSING:
            ctx._data.pop(self, None)
        else:
            ctx._data[self] = token._old_value
        token._used = True

    def __class_getitem__(cls, item):
        return cls

    def __repr__(self):
        r = f"<ContextVar name={self._name!r}"
        if self._default is not _NO_DEFAULT:
            r += f" default={self._default!r}"
        return r + f" at 0x{id(self):x}>"


class _Missing:
    def __repr__(self):
        return '<Token.MISSING>'


class Token:
    MISSING = _Missing()

    def __init__(self, ctx, var, old_value):
        self._ctx = ctx
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __class_getitem__(cls, item):
        return cls

    def __repr__(self):
        used = " used" if self._used else ""
        return f"<Token{used} var={self._var!r} at 0x{id(self):x}>"


def copy_context():
    return _current().copy()


def _bind(ctx, callback):
    """A callable running `callback(*args)` in `ctx` (scheduled loop callbacks)."""
    def run_in_context(*args):
        return ctx.run(callback, *args)
    run_in_context.__name__ = getattr(callback, '__name__', 'run_in_context')
    run_in_context.__qualname__ = getattr(callback, '__qualname__', 'run_in_context')
    return run_in_context


_enable_task_contexts()
