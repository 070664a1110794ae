# Without __eq__, equality is identity; __eq__ without __hash__ makes instances unhashable.
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, len({a, b, a}))
class Valued:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Valued) and self.v == other.v
print(Valued(1) == Valued(1), Valued(1) != Valued(2), Valued(1) == 1)
print(Valued.__hash__ is None)
print([Valued(1), Valued(2)].index(Valued(2)), Valued(3) in [Valued(3)])
