# __str__ and __repr__: print uses str, containers use repr.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
class Named:
    def __init__(self, n):
        self.n = n
    def __str__(self):
        return f"Named {self.n}"
    def __repr__(self):
        return f"<Named {self.n!r}>"
p = Point(1, 2)
print(p, str(p), repr(p))
print([p, Point(3, 4)])
n = Named("x")
print(n, [n], {"k": n}, (n,))
print(f"{n} {n!r}")
class OnlyStr:
    def __str__(self):
        return "only str"
print(OnlyStr(), str(OnlyStr()))
