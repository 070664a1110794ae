# Lambdas: immediate calls, defaults, sorting keys, closures.
square = lambda x: x * x
print(square(7), (lambda: "no args")(), (lambda *a: len(a))(1, 2, 3))
print((lambda a, b=2: a * b)(5), (lambda **k: sorted(k))(z=1, a=2))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print(square.__name__, (lambda: 0).__name__)
