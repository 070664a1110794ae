# set operations on small ints (ordering of small int sets is deterministic).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < a, a < a, a.issubset(a), a.issuperset({1}), a.isdisjoint({9}))
s = set()
print(s, len(s), set([3, 1, 2, 1]))
s.add(5); s.add(5); s.add(1); print(s)
s.discard(99); s.discard(5); print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
s |= {7, 8}; s -= {8}; print(s, len(s))
print(3 in a, 9 not in a, {x % 3 for x in range(10)})
