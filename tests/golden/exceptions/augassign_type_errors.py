# TypeError messages of augmented assignment name the augmented operator (+=, **=),
# and a sequence times a non-int has its own message, for * and *= alike.


def run(fn):
    try:
        fn()
    except TypeError as e:
        print(e)


def a():
    x = 1
    x += "a"


def b():
    x = 1
    x **= "2"


def c():
    x = [1]
    x *= "a"


def d():
    x = "s"
    x //= 2


def e():
    x = {1}
    x |= [2]


def f():
    print([1] * "a")


def g():
    print(2.5 * "ab")


def h():
    x = {"k": 1}
    x["k"] += "s"


class Box:
    pass


def i():
    b = Box()
    b.n = 1
    b.n @= 2


def j():
    print(1 ** "2")


for fn in (a, b, c, d, e, f, g, h, i, j):
    run(fn)
