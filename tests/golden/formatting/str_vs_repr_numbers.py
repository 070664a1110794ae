# str() and repr() of numbers and numeric containers.
print(str(1), repr(1), str(-7), repr(10 ** 20))
print(str(1.0), repr(1.25), str(1e-7))
print(str(True), repr(False), str(None))
print([1, 2.0, True, None])
print((1,), (), (1, 2))
print({1: 2.5})
print(str([1.0, -0.0]))
print(repr(float("nan")), repr(float("-inf")))
