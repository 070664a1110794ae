from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

class Circle:
    __match_args__ = ("r",)
    def __init__(self, r):
        self.r = r

def describe(v):
    match v:
        case 0 | 1 as small:
            return f"small {small}"
        case int(n) if n < 0:
            return f"negative {n}"
        case str() as s:
            return f"string {s!r}"
        case [x]:
            return f"one {x}"
        case [x, y, *rest]:
            return f"many {x} {y} {rest}"
        case (a, b):
            return "never: tuples of two match [x, y, *rest]"
        case {"type": "cmd", "name": name, **extra}:
            return f"cmd {name} {extra}"
        case {"k": [1, _, {"deep": d}]}:
            return f"deep {d}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "point"
        case Circle(r):
            return f"circle {r}"
        case None:
            return "none"
        case True:
            return "true"
        case 3.5:
            return "three and a half"
        case -2:
            return "minus two"
        case _:
            return f"other {v!r}"

for v in [0, 1, -5, "hi", [9], [1, 2, 3, 4], (1, 2), {"type": "cmd", "name": "go", "x": 1},
          {"k": [1, 2, {"deep": "yes"}]}, Point(0, 4), Point(2, 2), Point(1, 2), Circle(3),
          None, True, 3.5, -2, 7, {"k": 1}, range(2), "ab"]:
    print(describe(v))

import asyncio

async def handle(msg):
    match msg:
        case ("sleep", float(t)) | ("sleep", int(t)):
            await asyncio.sleep(t)
            return f"slept {t}"
        case ("add", a, b):
            return a + b
        case _:
            raise ValueError(msg)

async def main():
    print(await asyncio.gather(handle(("sleep", 0.01)), handle(("add", 1, 2)), handle(("sleep", 0))))
    try:
        await handle("bad")
    except ValueError as e:
        print("error", e)

asyncio.run(main())
match = 5
print(match)
def match_fn(x): return x
print(match_fn(3))
print([k for k in globals() if k.startswith("$")])
