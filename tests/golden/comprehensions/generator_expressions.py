# Generator expressions fed to sum/any/all/list/max and consumed once.
print(sum(x * x for x in range(10)))
print(any(x > 8 for x in range(10)), all(x < 8 for x in range(10)))
print(max(len(w) for w in ["a", "abc", "ab"]))
g = (n * 2 for n in range(4))
print(next(g), list(g), list(g))
print(sorted((x for x in [3, 1, 2]), reverse=True))
print("".join(str(d) for d in range(5)))
print(type(x for x in []).__name__)
