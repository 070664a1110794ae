# CPython's exact TypeError messages for bad calls.
def two(a, b):
    return a + b
def greet(name):
    return name
def kw(*, key):
    return key
def opt(a, b=1):
    return a
calls = [
    lambda: two(1),
    lambda: two(),
    lambda: two(1, 2, 3),
    lambda: greet(),
    lambda: greet("a", nme="b"),
    lambda: two(1, a=2),
    lambda: kw(),
    lambda: kw(1),
    lambda: opt(1, 2, 3),
    lambda: opt(),
    lambda: (lambda: 0)(1),
    lambda: two(1, 2, c=3, d=4),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)
