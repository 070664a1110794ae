# Flag and IntFlag: |, &, ~, membership, iteration, composite reprs, auto powers of two.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, EnumMeta, EnumType


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm.R & Perm.W, repr(Perm(0)))
print(Perm.R in (Perm.R | Perm.X), Perm.W in (Perm.R | Perm.X), list(Perm), len(Perm))
print(repr(Perm.RWX), list(Perm.RWX), bool(Perm(0)), ~Perm.R, Perm(5))
print(repr(Perm), len(Perm.R | Perm.W))


class Open(IntFlag):
    READ = auto()
    WRITE = auto()
    APPEND = auto()


print(Open.READ | Open.WRITE, repr(Open.READ | Open.WRITE), Open.APPEND, Open.READ == 1, Open(3))
print(repr(Open.READ | 8), Open.WRITE & 3, list(Open))
