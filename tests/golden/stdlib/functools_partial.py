# functools.partial: calling, nesting, attributes and repr
from functools import partial


def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r


square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=10)
print(square(5), cube_mod(7), square(3, exp=3))
print(square.func is power, square.args, square.keywords)
p = partial(int, base=2)
print(p, p("101"))
add = partial(lambda a, b, c: a + b + c, 1)
add2 = partial(add, 2)
print(add2(3), add2.args, add2.func is add.func)
print(partial(max, 1, 2))
print(list(map(partial(power, 2), range(5))))
try:
    partial(3)
except TypeError as e:
    print(e)
