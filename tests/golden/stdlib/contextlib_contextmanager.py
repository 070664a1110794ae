# contextlib.contextmanager: setup/teardown, exceptions through the generator
from contextlib import contextmanager


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("a") as t:
    print("inside", t)
try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)


@contextmanager
def swallow(*kinds):
    try:
        yield
    except kinds as e:
        print("swallowed", type(e).__name__, e)


with swallow(KeyError):
    {}["k"]
print("after")
with tag("outer"), tag("inner"):
    print("both")


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print(e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print(e)


@tag("decorated")
def work():
    print("working")


work()
work()
