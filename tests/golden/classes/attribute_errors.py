# AttributeError messages for instances, classes and builtins.
class A:
    def __init__(self):
        self.present = 1
a = A()
for name in ["present", "missing"]:
    try:
        print(getattr(a, name))
    except AttributeError as e:
        print("AttributeError:", e)
try:
    A.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).foo
except AttributeError as e:
    print("AttributeError:", e)
try:
    "s".nope()
except AttributeError as e:
    print("AttributeError:", e)
try:
    None.x
except AttributeError as e:
    print("AttributeError:", e)
del a.present
print(hasattr(a, "present"))
