# dir(): classes with inheritance, instances with their own attributes, exceptions,
# a custom __dir__, modules, and the public methods of builtin values.
import math


class Base:
    x = 1

    def m(self):
        pass


class A(Base):
    def __init__(self):
        self.y = 2

    def n(self):
        pass


a = A()
print(dir(a))
print(dir(A))
print([n for n in dir(Base) if not n.startswith("__")])
print(dir(ValueError("x")))


class C:
    def __dir__(self):
        return ["b", "a"]


print(dir(C()))
for v in [[], {}, set(), (), frozenset(), range(1), None]:
    print(type(v).__name__, [n for n in dir(v) if not n.startswith("_")])
print("sqrt" in dir(math), "pi" in dir(math))
print(dir(list) == dir([]), len(dir(object)))
print({}.fromkeys("ab", 0), dict.fromkeys([1]))
