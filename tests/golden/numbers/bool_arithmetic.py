# bool is a subclass of int: arithmetic, sum, indexing.
print(True + 1, False - 1, True / 2, True // 1)
print(sum([True, True, False, True]))
print(["no", "yes"][True], "ab"[False])
print(isinstance(True, int), issubclass(bool, int), type(True + True).__name__)
print(True & False, True | False, True ^ True, ~True)
print(int(True), float(False), str(True), bool(2), bool(0.0), bool(-1))
