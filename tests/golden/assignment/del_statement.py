# del on names, list items, slices, dict keys and attributes.
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
xs = list(range(6))
del xs[0]
del xs[-1]
del xs[1:3]
print(xs)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
a, b = 1, 2
del a, b
print("a" in globals(), "b" in globals())
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
