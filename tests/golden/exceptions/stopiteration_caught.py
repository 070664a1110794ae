# next() on an exhausted iterator raises StopIteration; the default avoids it.
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
print(next(it, "default"))
def gen():
    yield 1
    return "result"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, e.args)
