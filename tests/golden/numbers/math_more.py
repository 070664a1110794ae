# math: tanh, exp2, log1p, frexp, ldexp, dist, and the domain/range errors of the
# hyperbolic and logarithmic functions.
import math

for f in [math.tanh, math.exp2, math.log1p]:
    print([f(x) for x in (0.5, 1.0, 2.5, -0.25, 1e-9)])
print(math.acosh(1.0), math.asinh(0.0), math.atanh(0.0))
for x in (1.0, 0.0, -3.5, 1e-310, 2**60, 0.1, float("inf"), -0.0):
    print(math.frexp(x))
print(math.ldexp(0.5, 3), math.ldexp(1.0, -1074), math.ldexp(3, 1022), math.ldexp(-0.0, 5))
print(math.ldexp(1.0, -2000), math.ldexp(0.75, True))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2], [4, 6]))
bad = [
    ("acosh(0.5)", lambda: math.acosh(0.5)),
    ("atanh(1)", lambda: math.atanh(1)),
    ("atanh(-1.5)", lambda: math.atanh(-1.5)),
    ("log1p(-1)", lambda: math.log1p(-1)),
    ("ldexp(1.0, 2000)", lambda: math.ldexp(1.0, 2000)),
    ("cosh(1000)", lambda: math.cosh(1000)),
    ("sinh(-1000)", lambda: math.sinh(-1000)),
    ("exp2(5000)", lambda: math.exp2(5000)),
    ("dist((1,), (1, 2))", lambda: math.dist((1,), (1, 2))),
    ("ldexp(1.0, 2.0)", lambda: math.ldexp(1.0, 2.0)),
]
for text, f in bad:
    try:
        f()
    except (ValueError, OverflowError, TypeError) as e:
        print(text, type(e).__name__, e)
