# len() on every container type and type() names.
print(len("abc"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(10)), len(""))
for v in [1, 1.0, "s", [], (), {}, set(), None, True, range(1), len, print]:
    print(type(v).__name__, end=" ")
print()
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
print(type(type(1)) is type, type(1) is int, type("") == str)
