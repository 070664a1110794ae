# Chained assignment binds one object to many names; tuple swap.
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 5
y += 1
print(x, y)
p, q = 1, 2
p, q = q, p
print(p, q)
i, j, k = "xyz"
k, i, j = i, j, k
print(i, j, k)
xs = [0, 1, 2]
xs[0], xs[2] = xs[2], xs[0]
print(xs)
