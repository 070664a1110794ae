# Builtin type constructors with and without arguments.
print(int(), float(), str(), bool(), list(), tuple(), dict(), set())
print(int("12"), int(12.9), int(" 7 "), float("2"), float(3), str(4.5), bool("x"))
print(list("abc"), list((1, 2)), list({"a": 1}), list(range(3)))
print(tuple([1, 2]), tuple("xy"), dict([(1, 2), (3, 4)]), dict(a=1))
print(sorted(set([3, 1, 3])), frozenset([2, 2]))
print(bool([]), bool([0]), bool(0.0), bool("False"))
print(list(x * 2 for x in range(3)), dict.fromkeys([1, 2], "v"))
