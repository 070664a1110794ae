# functools.wraps/update_wrapper copy the name, doc and __wrapped__; decorators with args
from functools import wraps, update_wrapper
import time


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        print(f"calling {func.__name__} with {args} {kwargs}")
        return func(*args, **kwargs)
    return wrapper


def retry(times):
    def deco(func):
        @wraps(func)
        def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return func(*args)
                except ValueError as e:
                    print(f"attempt {attempt} failed: {e}")
            return None
        return wrapper
    return deco


@logged
def add(a, b=0):
    """Add two numbers."""
    return a + b


calls = []


@retry(3)
def flaky(x):
    calls.append(x)
    if len(calls) < 3:
        raise ValueError("not yet")
    return x * 2


print(add(1, b=2), add.__name__, add.__doc__, add.__wrapped__.__name__)
print(flaky(21), flaky.__name__)


def plain():
    pass


def other():
    """other doc"""


update_wrapper(plain, other)
print(plain.__name__, plain.__doc__, plain.__wrapped__ is other)
