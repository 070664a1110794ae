# A class's __setattr__ runs before property setters; object.__setattr__ honours properties
class Tracked:
    def __init__(self):
        self._x = 0
        self.log = []

    @property
    def x(self):
        return self._x

    @x.setter
    def x(self, v):
        print("property setter", v)
        object.__setattr__(self, "_x", v)

    @property
    def ro(self):
        return "ro"

    def __setattr__(self, name, value):
        print("__setattr__", name, value)
        object.__setattr__(self, name, value)


t = Tracked()
t.x = 5
print(t.x, t._x)
try:
    t.ro = 1
except AttributeError as e:
    print(e)


class Guard:
    def __setattr__(self, name, value):
        if name == "locked":
            raise AttributeError("locked is read-only")
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print("deleting", name)
        super().__delattr__(name)

    @property
    def locked(self):
        return True


g = Guard()
g.a = 1
del g.a
try:
    g.locked = False
except AttributeError as e:
    print(e)
try:
    del g.missing
except AttributeError as e:
    print(e)
