# min/max with key and default, sum with start, any/all.
xs = [3, -7, 5, 0]
print(min(xs), max(xs), min(xs, key=abs), max(xs, key=abs))
print(min("apple", "fig", "kiwi", key=len), max(["ab", "c"], key=len))
print(min([], default="none"), max((), default=0), min(4, 2, 8))
print(sum(xs), sum(xs, 100), sum([[1], [2, 3]], []), sum([0.5, 0.25]))
print(any([]), all([]), any([0, "", None, 1]), all([1, "x", [0]]), all([1, 0]))
print(max([(1, "b"), (1, "a"), (0, "z")]), min({"b": 1, "a": 2}))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
