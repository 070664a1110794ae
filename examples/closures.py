# Closures and decorators: counters with nonlocal, function factories, memoization.


def make_counter(step=1):
    count = 0

    def increment():
        nonlocal count
        count += step
        return count

    return increment


a, b = make_counter(), make_counter(10)
print(a(), a(), b(), a(), b())


def memoize(func):
    cache = {}

    def wrapper(*args):
        if args not in cache:
            cache[args] = func(*args)
        return cache[args]

    wrapper.cache = cache
    return wrapper


def logged(prefix):
    def decorate(func):
        def wrapper(*args, **kwargs):
            result = func(*args, **kwargs)
            print(f"{prefix} {func.__name__}{args} -> {result}")
            return result

        return wrapper

    return decorate


@memoize
def paths(rows, cols):
    if rows == 1 or cols == 1:
        return 1
    return paths(rows - 1, cols) + paths(rows, cols - 1)


print(paths(10, 10), len(paths.cache))


@logged("[calc]")
def power(base, exp=2):
    return base**exp


power(3)
power(2, exp=10)

adders = [lambda x, n=n: x + n for n in range(4)]
print([add(100) for add in adders])
late = [lambda: n for n in range(3)]
print([f() for f in late])


def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x

    return composed


shout = compose(str.upper, lambda s: s + "!", str.strip)
print(shout("  closures compose  "))
