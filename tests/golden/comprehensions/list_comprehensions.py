# List comprehensions with conditions, expressions and nested loops.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([c.upper() if c in "aeiou" else c for c in "banana"])
words = ["apple", "kiwi", "banana"]
print([len(w) for w in words], [w[0] for w in words if len(w) > 4])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print([n for row in [[1, 2], [3], []] for n in row])
