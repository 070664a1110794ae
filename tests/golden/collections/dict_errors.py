# dict errors: missing keys, unhashable keys, mutation during iteration.
d = {"k": 1}
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    d[[1, 2]] = 3
except TypeError as e:
    print("TypeError:", e)
try:
    for key in d:
        d["new"] = 2
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    {1: 2}[(1,)]
except KeyError as e:
    print("KeyError:", e)
