# object(), id-free identity checks, dir-free introspection with vars and __dict__.
class P:
    def __init__(self):
        self.a = 1
        self.b = [2]
p = P()
print(vars(p), p.__dict__ is vars(p))
p.__dict__["c"] = 3
print(p.c, sorted(p.__dict__))
o1, o2 = object(), object()
print(o1 is o1, o1 is o2, o1 == o2, type(o1).__name__)
print(isinstance(p, object), issubclass(P, object))
