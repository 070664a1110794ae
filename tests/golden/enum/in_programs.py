# Enums as programs use them: a base enum with methods, in dataclasses and comparisons, str mixins with __str__, ordering via __lt__.
import enum
from enum import Enum, IntEnum, auto
from dataclasses import dataclass, field


class Base(Enum):
    def describe(self):
        return f"{type(self).__name__}:{self.name.lower()}"


class Color(Base):
    RED = "r"
    GREEN = "g"


print(Color.RED.describe(), isinstance(Color.RED, Base), isinstance(Color.RED, Enum), issubclass(Color, Enum))


def classify(c):
    if c == Color.RED:
        return "red!"
    if c is Color.GREEN:
        return "green!"
    return "?"


print(classify(Color.RED), classify(Color.GREEN), classify(3))


@dataclass
class Car:
    name: str
    color: Color = Color.GREEN
    tags: list = field(default_factory=list)


print(Car("a"), Car("b", Color.RED))


class Priority(IntEnum):
    LOW = 1
    HIGH = 3


print(sorted([Priority.HIGH, Priority.LOW, 2]), f"{Priority.HIGH:d}", f"{Priority.LOW:>4}", Priority.HIGH > Priority.LOW)
print(enum.Enum, enum.IntEnum.__mro__[0], Color.__class__, type(Color).__name__)
print(Color.RED.__class__ is Color, Color._member_names_, Color.RED in list(Color))
print({c.name: c.value for c in Color}, [c.value for c in Priority])
print(Color("r") is Color.RED, Priority(3).name)
try:
    Priority(2)
except ValueError as e:
    print(repr(e))


class Status(str, Enum):
    OK = "ok"
    ERR = "error"

    def __str__(self):
        return self.value


print(Status.OK, f"{Status.ERR}", Status("ok"), Status.OK == "ok", Status.OK.upper())


class Shape(Enum):
    CIRCLE = 1
    SQUARE = 2

    @classmethod
    def parse(cls, s):
        return cls[s.upper()]

    def __lt__(self, other):
        return self.value < other.value


print(Shape.parse("circle"), sorted([Shape.SQUARE, Shape.CIRCLE]), min(Shape))
print(hash(Shape.CIRCLE) == hash(Shape.CIRCLE), len({Shape.CIRCLE, Shape.CIRCLE, Shape.SQUARE}))
print(Shape.CIRCLE.__eq__(Shape.CIRCLE), Shape.CIRCLE != Shape.SQUARE)
print(getattr(Shape, "CIRCLE"), hasattr(Shape, "TRIANGLE"), Shape.__members__.keys())
for i, s in enumerate(Shape, 1):
    print(i, s)
print(Shape.__name__, Shape.__qualname__, Shape.__module__, Shape.CIRCLE.__module__ if False else "")
