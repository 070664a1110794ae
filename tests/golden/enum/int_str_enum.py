# IntEnum, StrEnum and a str mixin: value comparisons, arithmetic, str/format as the data type.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, EnumMeta, EnumType


class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = auto()


print(Num.ONE, repr(Num.TWO), f"{Num.THREE}", f"{Num.TWO:03d}", str(Num.ONE), "%s" % Num.ONE)
print(Num.ONE == 1, Num.TWO < 3, Num.ONE + 1, Num.THREE * 2, int(Num.TWO), [10, 20, 30][Num.ONE])
print(Num(2), Num.TWO is Num(2), sorted([Num.THREE, Num.ONE]), hash(Num.ONE) == hash(1), {1: "a"}[Num.ONE])
print(max(Num), sum(Num), Num.ONE | 2, -Num.TWO, Num.TWO.bit_length())


class Method(StrEnum):
    GET = auto()
    POST = "post"


print(Method.GET, repr(Method.GET), Method.POST == "post", Method.GET.upper(), f"{Method.POST}", "x" + Method.GET)
print(len(Method.POST), "os" in Method.POST, list(Method))


class Coordinate(str, Enum):
    X = "x"
    Y = "y"


print(Coordinate.X, repr(Coordinate.Y), Coordinate.X == "x", f"{Coordinate.X}")
