# @dataclass(order=True, frozen=True): comparisons, hashing, immutability
from dataclasses import dataclass, FrozenInstanceError


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0

    def bump(self):
        return Version(self.major, self.minor + 1)


v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, v1 <= v2, v1 > v2, v1 >= Version(1, 2))
print(sorted([v2, Version(0, 5), v1]))
print(hash(v1) == hash(Version(1, 2)), len({v1, Version(1, 2), v2}))
print({v1: "one"}[Version(1, 2)], v1.bump())
try:
    v1.major = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del v1.minor
except AttributeError as e:
    print(e)
try:
    v1 < (1, 2)
except TypeError as e:
    print(e)


@dataclass(eq=False)
class Ident:
    v: int


print(Ident(1) == Ident(1), Ident.__hash__ is object.__hash__)
