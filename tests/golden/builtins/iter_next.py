# iter() and next() with defaults, including iterators over dicts and strings.
it = iter([1, 2])
print(next(it), next(it), next(it, "end"), next(it, None))
d = iter({"a": 1, "b": 2})
print(next(d), next(d))
s = iter("hi")
print(next(s), list(s))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
r = iter(range(3))
print(list(r), list(r))
