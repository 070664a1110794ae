# Dataclass definition and call errors carry CPython's messages
from dataclasses import dataclass, field


@dataclass
class P:
    x: int
    y: int


for args, kwargs in [((), {}), ((1,), {}), ((1, 2, 3), {}), ((1,), {"z": 2}),
                     ((1,), {"x": 2})]:
    try:
        P(*args, **kwargs)
    except TypeError as e:
        print(e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        a: int = 0
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass(order=True)
    class Bad3:
        a: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print(e)
try:
    @dataclass(order=True, eq=False)
    class Bad4:
        a: int
except ValueError as e:
    print(e)
