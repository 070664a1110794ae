# Function annotations are evaluated at definition and stored in __annotations__
from functools import singledispatch, wraps
from typing import Optional, List, get_type_hints


def f(a: int, b: "str" = "x", *args: float, c: Optional[int] = None, **kw: bool) -> List[int]:
    return [a]


def g(x, y=1):
    return x


print(f.__annotations__)
print(g.__annotations__, (lambda x: x).__annotations__)
print(get_type_hints(g), f(1))


def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner


@deco
def h(n: int) -> str:
    return str(n)


print(h.__annotations__, h.__name__, h(4))
h.tag = 1
print(h.__dict__.keys() - {"__wrapped__"})


@singledispatch
def show(x):
    return f"other {x!r}"


@show.register
def _(x: int):
    return f"int {x}"


@show.register
def _(x: list):
    return f"list {len(x)}"


print(show(1), show([1, 2]), show("s"))


class K:
    def m(self, v: "K") -> None:
        pass


print(K.m.__annotations__)
