# min and max with several arguments, iterables, key and default.
print(max(3, 7, 5), min(3, 7, 5), max([1.5, 2]), min("zebra"))
print(max(["apple", "fig", "banana"], key=len), min([-5, 2, -1], key=abs))
print(max([], default=None), min((), default="empty"))
print(max("a", "B"), max([1, 2], [1, 3]), min((2, "b"), (2, "a")))
print(max({"x": 1, "y": 0}), max({"x": 1, "y": 0}, key={"x": 1, "y": 0}.get))
print(max([3, 3.0]), max([3.0, 3]), min([1, True]), min([True, 1]))
try:
    min(1)
except TypeError as e:
    print("TypeError:", e)
