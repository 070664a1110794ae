# An exception escaping a contextmanager body after cleanup: uncaught with traceback
from contextlib import contextmanager


@contextmanager
def step(name):
    print("begin", name)
    try:
        yield
    finally:
        print("end", name)


with step("outer"):
    with step("inner"):
        print("working")
        raise KeyError("missing config")
