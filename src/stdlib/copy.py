"""copy for coropy: shallow and deep copies (CPython's protocol: __copy__,
__deepcopy__(memo), instances copied through their __dict__)."""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, str, type, range, type(print), type(len),
           property, type(Ellipsis), type(NotImplemented))


def copy(x):
    """A shallow copy of `x`."""
    cls = type(x)
    if isinstance(x, _ATOMIC) or isinstance(x, (tuple, frozenset)) or callable(x) and \
            not hasattr(x, '__dict__'):
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if hasattr(x, '__dict__') and not isinstance(x, type):
        return _reconstruct(x, dict(x.__dict__))
    if hasattr(x, 'copy'):
        return x.copy()
    raise Error("un(shallow)copyable object of type %s" % cls)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of `x`, sharing what is shared within it (`memo` maps id() to the
    copies made)."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if isinstance(x, _ATOMIC) or isinstance(x, type) or callable(x) and \
            not hasattr(x, '__dict__'):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        elif hasattr(x, '__dict__'):
            y = _reconstruct(x, None)
            memo[d] = y
            for key, value in x.__dict__.items():
                _set_in_dict(y, key, deepcopy(value, memo))
        elif hasattr(x, 'copy'):
            y = x.copy()
        else:
            raise Error("un(deep)copyable object of type %s" % cls)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _set_in_dict(obj, key, value):
    obj.__dict__[key] = value


def _reconstruct(x, state):
    y = object.__new__(type(x))
    if state:
        y.__dict__.update(state)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
