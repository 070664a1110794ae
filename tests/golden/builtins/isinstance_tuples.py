# isinstance with tuples of types, nested tuples and bool/int.
vals = [1, 2.0, "s", [1], None, True, (1,)]
for v in vals:
    print(repr(v), isinstance(v, (int, float)), isinstance(v, (str, (list, tuple))))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(object(), object))
try:
    isinstance(1, "int")
except TypeError as e:
    print("TypeError:", e)
