# enumerate, zip, map, filter and reversed produce lazy iterators.
names = ["a", "b", "c"]
print(list(enumerate(names)), list(enumerate(names, 1)))
print(list(zip(names, [1, 2, 3])), list(zip("ab", "xyz", [0, 1, 2])))
print(list(map(str.upper, names)), list(map(lambda x, y: x * y, [1, 2], [3, 4, 5])))
print(list(filter(lambda n: n % 2, range(10))), list(filter(None, [0, 1, "", "x", None])))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))))
m = map(lambda n: n * 10, [1, 2, 3])
print(next(m), list(m), list(m))
z = zip([1, 2], [3, 4])
print(list(z), list(z))
print(dict(zip(["k1", "k2"], [1, 2])))
