# Decorators without arguments wrap functions and keep call semantics.
def trace(func):
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{args}")
        result = func(*args, **kwargs)
        print(f"{func.__name__} returned {result}")
        return result
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
print(add.__name__)
def twice(func):
    def wrapper(x):
        return func(func(x))
    return wrapper
@twice
@trace
def inc(x):
    return x + 1
print(inc(10))
