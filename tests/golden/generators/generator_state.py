# Generators are single-use iterators; each call creates a fresh one.
def gen():
    yield from "ab"
g = gen()
print(iter(g) is g, list(g), list(g))
print(list(gen()), list(gen()))
print(type(g).__name__, g.__name__)
def squares(n):
    for i in range(n):
        yield i * i
print(sum(squares(4)), max(squares(5)), sorted(squares(3), reverse=True))
a, b, c = squares(3)
print(a, b, c)
print(dict(enumerate(squares(3))))
