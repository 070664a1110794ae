# Nested and starred unpacking in assignments and for loops.
(a, b), c = (1, 2), 3
print(a, b, c)
[x, [y, z]] = [1, [2, 3]]
print(x, y, z)
for i, (name, score) in enumerate([("kim", 90), ("lee", 85)]):
    print(i, name, score)
head, *(second, *tail) = range(5)
print(head, second, tail)
for first, *others in [(1, 2, 3), (4,)]:
    print(first, others)
(m, n), *rest = "ab", "c", "d"
print(m, n, rest)
