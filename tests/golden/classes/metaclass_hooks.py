# Metaclass patterns: a singleton __call__ using super().__call__, __setattr__/__delattr__ on classes.
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self):
        print("init once")

print(Config() is Config())

class Frozen(type):
    def __setattr__(cls, name, value):
        if name.startswith("_"):
            super().__setattr__(name, value)
        else:
            raise AttributeError(f"cannot set {name}")
    def __delattr__(cls, name):
        raise AttributeError(f"cannot delete {name}")

class F(metaclass=Frozen):
    y = 1

try:
    F.x = 1
except AttributeError as e:
    print(e)
F._z = 2
print(F._z)
try:
    del F.y
except AttributeError as e:
    print(e)
