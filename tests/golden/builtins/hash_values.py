# hash() of ints, bools, tuples and floats is deterministic.
print(hash(1), hash(0), hash(-1), hash(True), hash(False))
print(hash(1.0) == hash(1), hash(2 ** 61 - 1), hash(2 ** 61), hash(-2))
print(hash((1, 2)), hash(()), hash((1, (2, 3))))
print(hash(0.5), hash(1.5), hash(-0.0))
print(hash(frozenset([1])) == hash(frozenset([1])))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
