# A generator's return value travels in StopIteration.value.
def gen():
    yield "a"
    return "done"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)
try:
    next(g)
except StopIteration as e:
    print("again", e.value)
print(list(gen()))
