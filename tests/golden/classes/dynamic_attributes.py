# Setting, reading and deleting attributes at runtime; methods are bound.
class Box:
    pass
b = Box()
b.x = 1
setattr(b, "y", 2)
print(b.x, getattr(b, "y"), getattr(b, "z", "default"), hasattr(b, "x"))
delattr(b, "x")
print(hasattr(b, "x"), vars(b))
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self):
        return "hi " + self.name
g = Greeter("kim")
method = g.greet
g.name = "lee"
print(method(), Greeter.greet(g), method.__name__)
