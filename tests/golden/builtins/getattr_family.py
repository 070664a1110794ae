# getattr/setattr/hasattr/delattr with defaults and errors.
class Obj:
    x = 1
o = Obj()
print(getattr(o, "x"), getattr(o, "y", "dflt"), hasattr(o, "x"), hasattr(o, "y"))
setattr(o, "y", 2)
print(o.y, getattr(o, "y"))
print(getattr("abc", "upper")(), getattr([], "append") is not None)
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
