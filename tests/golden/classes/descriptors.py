# Descriptor protocol: data descriptors beat the instance dict, non-data ones lose
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int, got {type(value).__name__}")
        setattr(obj, self.name, value)


class Const:
    def __init__(self, v):
        self.v = v

    def __get__(self, obj, objtype=None):
        return (self.v, obj is None, objtype.__name__)


class Point:
    x = Typed()
    y = Typed()
    c = Const(7)

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, p.__dict__, p.c, Point.c, isinstance(Point.x, Typed))
try:
    p.x = "no"
except TypeError as e:
    print(e)
p.__dict__["x"] = 99
print(p.x)
p.c = "shadow"
print(p.c)


class Deleter:
    def __get__(self, obj, t=None):
        return "value"

    def __delete__(self, obj):
        print("delete called")


class H:
    d = Deleter()


h = H()
del h.d
print(h.d)
