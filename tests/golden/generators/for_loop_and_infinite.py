# Generators in for loops, infinite generators stopped by break.
def naturals():
    n = 0
    while True:
        yield n
        n += 1
for n in naturals():
    if n > 4:
        break
    print(n, end=" ")
print()
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for x in fib():
    if x > 100:
        break
    out.append(x)
print(out)
