# auto(), _missing_, tuple values with __init__, a custom __new__, unique, the functional API, _ignore_.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, EnumMeta, EnumType


class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.name.lower() == value.lower():
                    return m
        return None


print(list(State), State("running"), State.DONE.value)
try:
    State(99)
except ValueError as e:
    print("ValueError:", e)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2), repr(Planet.MERCURY))


try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
except ValueError as e:
    print("ValueError:", e)


class Ordered(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj

    LOW = (1, "low")
    HIGH = (2, "high")


print(Ordered.LOW, Ordered(2), Ordered.HIGH.label)

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal))
Shape = Enum("Shape", [("SQUARE", 4), ("TRIANGLE", 3)])
print(Shape(3), Shape.SQUARE.value)


class Weekday(Enum):
    _ignore_ = ["tmp"]
    MON = 1
    TUE = 2
    tmp = 5

    def __str__(self):
        return self.name.title()


print(list(Weekday), str(Weekday.MON), f"{Weekday.TUE}", hasattr(Weekday, "tmp"))
