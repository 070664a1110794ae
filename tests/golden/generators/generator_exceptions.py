# Exceptions inside generators propagate to the consumer; throw() injects one.
def faulty():
    yield 1
    raise ValueError("inside generator")
g = faulty()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
print(list(g))
def resilient():
    while True:
        try:
            yield "ok"
        except KeyError as e:
            print("handled", e)
r = resilient()
print(next(r))
print(r.throw(KeyError("k")))
