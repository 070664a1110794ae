# isinstance, issubclass, type() and class names.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, (C, A)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, B), issubclass(B, object))
print(type(b).__name__, b.__class__.__name__, type(b) is B, type(b) == A)
print(type(1).__name__, type("s").__name__, type([]).__name__, type(None).__name__)
print(type(len).__name__, type(A).__name__, type(type).__name__)
print(isinstance(3, (int, float)), isinstance(3.0, int), isinstance(True, int))
print(A.__name__, B.__bases__[0].__name__, A.__bases__[0].__name__)
