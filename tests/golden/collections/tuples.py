# Tuple creation, indexing, methods, immutability and comparisons.
t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t))
single = (5,)
print(single, type(single).__name__, (5), ())
u = 1, 2
print(u, t + u, u * 2)
print(t.index(2), (1, 1, 2).count(1))
print((1, 2) < (1, 3), (1, "a") == (1, "a"), (1, 2) < (1, 2, 0))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
print(tuple([1, 2]), tuple("ab"), tuple(range(3)))
nested = ((1, 2), [3, 4])
nested[1].append(5)
print(nested)
