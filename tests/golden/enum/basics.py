# Enum members: name/value, lookups, iteration, aliases, reprs and formats, hashing, errors.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, EnumMeta, EnumType


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias

    def describe(self):
        return f"{self.name} is {self.value}"

    @property
    def is_warm(self):
        return self in (Color.RED,)

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(f"{Color.BLUE}", f"{Color.BLUE!r}", "{}".format(Color.GREEN), f"[{Color.RED:>12}]")
print(Color(1), Color["GREEN"], Color(Color.BLUE))
print(Color.CRIMSON is Color.RED, Color.CRIMSON)
print(list(Color), len(Color))
print(Color.RED in Color, Color.GREEN.describe(), Color.RED.is_warm, Color.default())
print(Color.__members__)
print(list(Color.__members__), list(Color.__members__.items())[-1])
print(repr(Color), str(Color), type(Color), type(Color) is EnumMeta, EnumMeta is EnumType)
print(isinstance(Color.RED, Color), isinstance(Color, EnumType), type(Color.RED))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, hash(Color.RED) == hash("RED"))
d = {Color.RED: "stop", Color.GREEN: "go"}
print(d[Color.RED], d[Color.CRIMSON], Color.GREEN in d)
print(sorted(Color, key=lambda c: c.value, reverse=True))
print(bool(Color), bool(Color.RED), list(reversed(Color)))
print(Color.RED.__class__.__name__, Color.__name__, Color.RED._name_, Color.RED._value_)

try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Color.RED
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError:", e)
try:
    class MoreColor(Color):
        PINK = 17
except TypeError as e:
    print("TypeError:", e)
