# copy: shallow and deep copies of containers, instances, dataclasses, cycles, hooks.
import copy
from dataclasses import dataclass, field
class P:
    def __init__(self, xs):
        self.xs = xs
        self.name = "p"
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(9); a[2]["k"].append(5)
print(b, c)
p = P([1, 2]); q = copy.copy(p); r = copy.deepcopy(p)
p.xs.append(3)
print(q.xs, r.xs, q.name, type(r).__name__, q is p)
shared = [0]
t = (shared, shared)
t2 = copy.deepcopy(t)
print(t2[0] is t2[1], t2 == t, copy.deepcopy((1, 2)) is not None)
@dataclass
class D:
    items: list = field(default_factory=list)
    n: int = 0
d = D([1]); d2 = copy.deepcopy(d); d.items.append(2)
print(d2, copy.copy(d) == d)
class C:
    def __init__(self): self.v = 1
    def __copy__(self):
        print("custom copy"); n = C(); n.v = self.v + 1; return n
    def __deepcopy__(self, memo):
        print("custom deepcopy", type(memo).__name__); n = C(); n.v = self.v + 10; return n
print(copy.copy(C()).v, copy.deepcopy(C()).v)
print(copy.copy({1, 2}), copy.deepcopy({"a": (1, [2])}), copy.copy("s"), copy.deepcopy(None))
cyc = [1]; cyc.append(cyc); cc = copy.deepcopy(cyc); print(cc[1] is cc, cc is not cyc)
