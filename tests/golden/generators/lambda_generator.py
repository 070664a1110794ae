# A lambda containing yield is a generator function; the first iterable of a
# comprehension belongs to the enclosing function, so it may yield.
g = lambda: (yield 1)
print(list(g()))
h = lambda: (yield from [1, 2])
print(list(h()))
print(list((lambda: (yield 3))()))
while 1:
    print([x for x in (lambda: (yield 5))()])
    break


def f():
    return [i * 2 for i in (yield)]


gen = f()
next(gen)
try:
    gen.send([1, 2])
except StopIteration as e:
    print(e.value)
