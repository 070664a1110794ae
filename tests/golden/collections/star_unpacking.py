# Star unpacking in assignments, calls and literals.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
a, *mid, z = range(5)
print(a, mid, z)
x, *empty = [9]
print(x, empty)
print([*range(3), *"ab"], (*[1, 2],), {*[1, 1, 2]})
d1 = {"a": 1}
print({**d1, "b": 2, **{"a": 0}})
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], 3, *(4,), k=1, **{"j": 2}))
print(*[1, 2, 3], sep="-")
