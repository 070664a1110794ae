# Containers that contain themselves print as [...] / {...}.
xs = [1, 2]
xs.append(xs)
print(xs, len(xs), xs[2] is xs)
d = {"k": 1}
d["self"] = d
print(d)
a, b = [], []
a.append(b)
b.append(a)
print(a, b)
