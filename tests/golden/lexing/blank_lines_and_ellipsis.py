# Blank lines inside blocks, the Ellipsis literal and pass.


def f():

    x = 1

    return x


print(f())
print(...)
print(... is Ellipsis)
def g(): ...
print(g())
