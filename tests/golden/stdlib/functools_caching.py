# lru_cache / cache: memoisation, cache_info, cache_clear, maxsize eviction
from functools import lru_cache, cache


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

calls = []


@lru_cache(maxsize=2)
def slow(x):
    calls.append(x)
    return x * 10


for x in [1, 2, 1, 3, 2, 1]:
    slow(x)
print(calls, slow.cache_info())


@cache
def square(x):
    print("computing", x)
    return x * x


print(square(4), square(4), square(5), square.cache_info().hits)


@lru_cache
def greet(name, punct="!"):
    print("greeting", name)
    return f"hi {name}{punct}"


print(greet("a"), greet("a"), greet("a", punct="?"), greet.__name__)
