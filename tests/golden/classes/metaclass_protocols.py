# A metaclass with __new__/__init__, protocol methods (__iter__, __len__, __getitem__, __call__, __repr__) and a property, inherited by subclasses.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.registry = []
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)

    def __iter__(cls):
        return iter(cls.registry)

    def __len__(cls):
        return len(cls.registry)

    def __contains__(cls, x):
        return x in cls.registry

    def __getitem__(cls, i):
        return cls.registry[i]

    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        cls.registry.append(inst)
        return inst

    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"

    @property
    def count(cls):
        return len(cls.registry)

    def describe(cls):
        return f"{cls.__name__} with {len(cls)} items"


class Base(metaclass=Meta):
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return f"Base({self.x})"


class Child(Base, flag=True):
    def hello(self):
        return super().__repr__()

print(type(Base) is Meta, type(Child) is Meta, isinstance(Base, Meta), isinstance(Base, type))
a = Base(1); b = Base(2); c = Child(3)
print(list(Base), len(Base), a in Base, Base[1], list(Child))
print(repr(Base), str(Child), Base.count, Child.describe())
print(c.hello(), Child.__class__ is Meta, bool(Base))
print(type(Meta), Meta.__mro__)


class Lazy(type):
    def __getattr__(cls, name):
        if name.startswith("get_"):
            return lambda: f"{cls.__name__}.{name[4:]}"
        raise AttributeError(f"type object {cls.__name__!r} has no attribute {name!r}")


class Settings(metaclass=Lazy):
    debug = True


print(Settings.debug, Settings.get_port(), hasattr(Settings, "nothing"), getattr(Settings, "x", "default"))
