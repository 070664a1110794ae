# A class's own __new__: singletons, non-instance results, __init__ after __new__.
class Single:
    _inst = None
    def __new__(cls, *args, **kw):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print("new", args, kw)
        return cls._inst
    def __init__(self, x, y=0):
        print("init", x, y)
a = Single(1, y=2)
b = Single(3)
print(a is b)
class Other:
    def __new__(cls, v):
        return v * 2
print(Other(21))
class OnlyNew:
    def __new__(cls, a, b):
        o = object.__new__(cls)
        o.total = a + b
        return o
print(OnlyNew(1, 2).total)
class Sub(OnlyNew):
    def __init__(self, a, b):
        self.diff = a - b
s = Sub(5, 3)
print(s.total, s.diff, type(s).__name__)
class Dyn:
    def __new__(cls):
        sub = type(cls.__name__, (cls,), {"extra": 1})
        return object.__new__(sub)
d = Dyn()
print(type(d).__name__, d.extra, isinstance(d, Dyn), type(d) is Dyn)
class NoNewArgs:
    pass
try:
    NoNewArgs(1)
except TypeError as e:
    print(e)
