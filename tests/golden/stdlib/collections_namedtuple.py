# collections.namedtuple: construction, fields, indexing, unpacking, helpers
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p[-1], p[:1], len(p), list(p))
x, y = p
print(x, y, p == (1, 2), p == Point(1, 2), hash(p) == hash((1, 2)))
print(p._asdict(), p._replace(x=5), Point._fields, Point._make([7, 8]))
print(Point.__name__, type(p).__name__, isinstance(p, Point))
Color = namedtuple("Color", ["r", "g", "b"], defaults=[0])
print(Color(1, 2), Color._field_defaults, Color(1, 2, 3) > Color(1, 2))
Rec = namedtuple("Rec", "a, b, c")
r = Rec(*range(3))
print(r, sum(r), max(r), r.count(1), r.index(2), 1 in r)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print({Point(0, 0): "origin"}[Point(0, 0)])
try:
    p.x = 3
except AttributeError as e:
    print(e)
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
try:
    p._replace(z=1)
except ValueError as e:
    print(e)
try:
    namedtuple("Bad", "x x")
except ValueError as e:
    print(e)
try:
    namedtuple("Bad", "_x")
except ValueError as e:
    print(e)
