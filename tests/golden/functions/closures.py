# Closures capture variables, not values; counters via nonlocal.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(), c2())
def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in make_adders()])
def outer():
    x = "outer"
    def inner():
        return x
    x = "changed"
    return inner
print(outer()())
def multiplier(k):
    return lambda v: v * k
double, triple = multiplier(2), multiplier(3)
print(double(5), triple(5))
