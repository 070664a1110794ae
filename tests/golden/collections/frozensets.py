# frozenset is hashable and immutable; mixes with set in operators.
f = frozenset([1, 2, 3])
print(f, frozenset(), len(f))
print(f | {4}, type(f | {4}).__name__, type({4} | f).__name__)
d = {f: "frozen"}
print(d[frozenset([3, 2, 1])])
print(f == {1, 2, 3}, frozenset() == set())
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
print({frozenset({1}), frozenset({1})})
