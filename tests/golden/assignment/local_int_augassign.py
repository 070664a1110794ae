# `x op= e` on an int local: int results, overflow into big ints, other operand types,
# errors, and a walrus in the operand rebinding the target.


def run():
    x = 7
    x += 3
    x -= 20
    x *= -4
    x //= 3
    x %= 7
    x **= 5
    x >>= 1
    x &= 0xFF
    x ^= 3
    print(x)
    big = 9223372036854775807
    big += 1
    print(big, type(big).__name__)
    big -= 1
    print(big, type(big).__name__)
    y = -9223372036854775807
    y -= 10
    print(y)
    y = 3
    y *= 9223372036854775807
    print(y)
    z = 5
    z += 0.5
    print(z)
    z = 5
    z /= 2
    print(z)
    z = 2
    z *= "ab"
    print(z)
    z = 1
    try:
        z += None
    except TypeError:
        print("TypeError")
    print(z)
    z = 1
    try:
        z //= 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    w = 10
    w += (w := 100)
    print(w)
    w = 1
    w += w
    print(w)
    t = True
    t += 1
    print(t, type(t).__name__)
    try:
        del w
        w += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    total = 0
    for i in range(10):
        total += i * 2 % 7
    print(total)


run()
