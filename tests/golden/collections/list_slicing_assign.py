# Slice assignment, extended slices and del on slices.
xs = list(range(10))
xs[2:5] = ["a", "b"]; print(xs)
xs[:0] = [-1]; print(xs)
xs[len(xs):] = [99]; print(xs)
xs[::3] = [0, 0, 0, 0]; print(xs)
del xs[1:3]; print(xs)
del xs[::2]; print(xs)
ys = [1, 2, 3, 4]
ys[1:3] = []; print(ys)
ys[:] = "abc"; print(ys)
try:
    ys[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
del ys[0]; print(ys)
