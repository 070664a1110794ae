# Class patterns: __match_args__, keyword sub-patterns, dataclasses, and the TypeErrors.
from dataclasses import dataclass


@dataclass
class Move:
    dx: int
    dy: int = 0


class Tag:
    __match_args__ = ("name", "value")

    def __init__(self, name, value=None):
        self.name = name
        self.value = value


def show(cmd):
    match cmd:
        case Move(0, 0):
            return "stay"
        case Move(dx, dy=0):
            return f"horizontal {dx}"
        case Move(dx=0, dy=dy):
            return f"vertical {dy}"
        case Move():
            return "diagonal"
        case Tag("color", value=str() as v):
            return f"color {v}"
        case Tag(name, None):
            return f"flag {name}"
        case Tag(missing=1):
            return "impossible: no such attribute"
        case _:
            return "unknown"


for c in [Move(0, 0), Move(3), Move(0, -2), Move(1, 1), Tag("color", "red"),
          Tag("debug"), Tag("size", 3)]:
    print(show(c))


class NoArgs:
    pass


class BadArgs:
    __match_args__ = ["x"]


class NotStr:
    __match_args__ = (1,)


for subject, kind in [(NoArgs(), "positional"), (BadArgs(), "list"), (NotStr(), "int"),
                      (Tag("a"), "duplicate"), (1, "not a class")]:
    try:
        match subject:
            case NoArgs(1) if kind == "positional":
                pass
            case BadArgs(1):
                pass
            case NotStr(1):
                pass
            case Tag(n, name=m):
                pass
            case len():
                pass
    except TypeError as e:
        print(kind, "->", e)

try:
    k = "a"
    match {"a": 1}:
        case {"a": 1, Tag.__name__: 2}:
            pass
        case {"a": _}:
            print("value-pattern keys are looked up")
except ValueError as e:
    print(e)
