# enumerate with start and zip with unequal lengths.
for i, ch in enumerate("abc", start=1):
    print(i, ch)
print(list(enumerate([], 5)), list(enumerate("xy", -1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])))
names, ages = zip(*[("kim", 30), ("lee", 25)])
print(names, ages)
print(dict(zip("abc", range(3))))
for a, b, c in zip("xy", [1, 2], (True, False)):
    print(a, b, c)
