# repr and str of builtin values, types and functions.
print(repr(None), repr(True), repr(1.0), repr("q"), repr([None]), repr(...))
print(str(int), repr(str), str(type(None)), str(list))
print(repr(len), str(print))
print(repr(range(1, 3)), repr(set()), repr(frozenset()), repr({}))
print(str(ValueError), repr(Exception))
