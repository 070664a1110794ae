# __import__ and importlib.import_module: top-level package vs leaf, errors.
import importlib

m = __import__("math")
print(m.sqrt(16))
u = __import__("unittest.mock")
print(u.__name__, u.mock.__name__)
leaf = __import__("unittest.mock", fromlist=["Mock"])
print(leaf.__name__)
print(importlib.import_module("json").dumps([1, 2]))
print(importlib.import_module("unittest.mock").__name__)
for bad in ("no_such_module_xyz", ""):
    try:
        __import__(bad)
    except (ImportError, ValueError) as e:
        print(type(e).__name__, e)
try:
    __import__(5)
except TypeError as e:
    print(e)
