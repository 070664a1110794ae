# collections.OrderedDict: move_to_end, popitem(last=), order-aware equality
from collections import OrderedDict

o = OrderedDict()
o["b"] = 2
o["a"] = 1
o["c"] = 3
print(o, list(o), o["a"])
o.move_to_end("b")
print(o)
o.move_to_end("c", last=False)
print(o)
print(o.popitem(), o.popitem(last=False), o)
x = OrderedDict(a=1, b=2)
y = OrderedDict(b=2, a=1)
print(x == y, x == {"b": 2, "a": 1}, dict(x) == dict(y))
print(OrderedDict(), OrderedDict.fromkeys("ab", 0))


# An LRU cache built on OrderedDict, the classic tutorial
class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.data = OrderedDict()

    def get(self, k):
        if k not in self.data:
            return None
        self.data.move_to_end(k)
        return self.data[k]

    def put(self, k, v):
        self.data[k] = v
        self.data.move_to_end(k)
        if len(self.data) > self.cap:
            self.data.popitem(last=False)


lru = LRU(2)
lru.put(1, "one")
lru.put(2, "two")
lru.get(1)
lru.put(3, "three")
print(list(lru.data.items()), lru.get(2))
