# dict views print with their type names and reflect later changes.
d = {"one": 1, "two": 2}
k, v, it = d.keys(), d.values(), d.items()
print(k)
print(v)
print(it)
d["three"] = 3
print(list(k), list(v), len(it))
print("one" in k, 2 in v, ("two", 2) in it)
print(sorted(d), list(d), list(reversed(d)))
for key, value in d.items():
    print(key, "->", value)
print(k - {"one"} == {"two", "three"}, sorted(k & {"two", "x"}))
