# Augmented assignment on list items, dict entries and attributes evaluates the target once.
xs = [1, 2, 3]
xs[1] += 10
xs[-1] *= 2
print(xs)
d = {"n": 1}
d["n"] -= 5
d.setdefault("m", []).append("x")
print(d)
class C:
    def __init__(self):
        self.v = 1
c = C()
c.v += 1
c.v **= 3
print(c.v)
calls = []
def index():
    calls.append("index")
    return 0
xs[index()] += 100
print(xs, calls)
s = "ab"
s += "c"
print(s)
