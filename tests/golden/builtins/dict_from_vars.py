# dict() and update() from an object's __dict__ (vars()), a mapping view of it.
class A:
    def __init__(self): self.x = 1; self.y = 2
a = A()
print(dict(vars(a)), dict(vars(a), z=3), dict(a.__dict__))
d = {}; d.update(vars(a)); print(d, {**vars(a)}, list(vars(a).items()))
print(type(vars(a)).__name__, vars(a) == {'x': 1, 'y': 2})
