# sorted() returns a new list; reversed() needs a sequence.
data = (5, 3, 8)
print(sorted(data), data, sorted("cab"), sorted({3: "a", 1: "b"}))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda t: t[1]))
print(sorted(["bb", "a", "ccc"], key=len, reverse=True))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), "".join(reversed("abc")))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
print(list(reversed({"x": 1, "y": 2})))
