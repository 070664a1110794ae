# Choosing the metaclass (inherited, most derived, conflicts), __prepare__, a function as metaclass, calling a metaclass, the __class__ cell.
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class A3(A1, A2): pass
except TypeError as e:
    print(e)

class Prep(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        ns = super().__prepare__(name, bases, **kw)
        ns["injected"] = 42
        return ns

    def __new__(mcls, name, bases, ns, **kw):
        print("Prep.__new__", name, kw, ns["injected"])
        return super().__new__(mcls, name, bases, ns)
class P(metaclass=Prep, extra=1):
    def __init_subclass__(cls, **kw):
        pass
    print("in body", injected)
print(P.injected)

def funcmeta(name, bases, ns):
    print("funcmeta", name)
    return type(name, bases, ns)
class Q(metaclass=funcmeta):
    z = 3
print(Q.z, type(Q))

class Meta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if "m" in ns:
            # The __class__ cell is already set while the metaclass runs.
            print("during creation:", cls.m(None) is cls)
        return cls

X = Meta("X", (), {"v": 5})
print(X.v, type(X))

class WithClassCell(metaclass=Meta):
    def m(self):
        return __class__
print(WithClassCell.__new__ is object.__new__)
print(WithClassCell.m(WithClassCell.__new__(WithClassCell)) is WithClassCell)


class Base(metaclass=M1):
    pass

class Sub(Base):
    pass

print(type(Sub) is M1, isinstance(Sub, M1), issubclass(type(Sub), type), Sub.__class__.__name__)

try:
    type.__new__(int, "X", (), {})
except TypeError as e:
    print(e)
try:
    type.__new__(M1, "X", ())
except TypeError as e:
    print(e)
try:
    class Bad(metaclass=M1, unknown=1):
        pass
except TypeError as e:
    print(e)
Dyn = type("Dyn", (Base,), {"k": 1})
print(type(Dyn) is M1, Dyn.k)
