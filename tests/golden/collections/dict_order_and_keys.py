# Insertion order, key equality (True == 1), merge operators and comparisons.
print({True: "t", 1: "one"})
print({1: "int", 1.0: "float"})
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d)
del d["b"]
d["b"] = 1
print(d, list(d))
x, y = {"a": 1, "b": 2}, {"b": 3, "c": 4}
print(x | y, y | x)
x |= {"z": 0}
print(x)
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {(1, 2): "tuple key"}[(1, 2)])
print(dict(a=1, b=2), dict([("k", "v")]), dict({"c": 3}, d=4), dict(zip("ab", [1, 2])))
