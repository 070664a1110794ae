# Mutating a dict or set while iterating over it raises RuntimeError.
d = {1: "a", 2: "b"}
try:
    for k in d:
        d[k + 10] = "new"
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for k, v in d.items():
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x * 10)
except RuntimeError as e:
    print("RuntimeError:", e)
xs = [3, 1, 2]
def key(x):
    xs.append(0)
    return x
try:
    xs.sort(key=key)
except ValueError as e:
    print("ValueError:", e)
a = []
a.append(a)
print(a, [a, {1: a}])
