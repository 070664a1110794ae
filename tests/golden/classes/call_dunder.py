# __call__ makes instances callable.
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
triple = Multiplier(3)
print(triple(5), callable(triple), callable(Multiplier), list(map(triple, [1, 2])))
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return args, kwargs
c = Counter()
print(c(1, k=2), c(), c.calls)
