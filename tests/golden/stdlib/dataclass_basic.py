# @dataclass: generated __init__, __repr__, __eq__, defaults, class attributes
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), Point(y=4, x=5))
print(p == Point(1, 2), p != Point(1, 3), p == (1, 2))
print(p.x, p.y, Point.y, Point.__match_args__)
p.x = 10
print(p, repr(p), str(p))
print(Point.__hash__)
print([Point(i) for i in range(3)])


@dataclass()
class Empty:
    pass


print(Empty(), Empty() == Empty())


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return f"<Custom {self.a}>"

    def total(self):
        return self.a * 2


print(Custom(4), Custom(4).total())
