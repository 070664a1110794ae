# collections.Counter: counting, most_common, update/subtract, arithmetic
from collections import Counter

c = Counter("mississippi")
print(c)
print(c.most_common(2), c["s"], c["z"], c.total(), len(c))
c.update("sss")
c.update({"m": 2})
print(c)
c.subtract("iii")
print(c)
words = "the cat and the hat and the bat".split()
wc = Counter(words)
print(wc.most_common(3), sorted(wc.elements())[:4])
a = Counter(a=3, b=1)
b = Counter(a=1, b=2, c=4)
print(a + b, a - b, a | b, a & b)
print(Counter(), Counter(x=0), +Counter(x=-1, y=2), -Counter(x=-1, y=2))
print(a == Counter(b=1, a=3), list(a), dict(a))
del a["a"]
del a["missing"]
print(a)
