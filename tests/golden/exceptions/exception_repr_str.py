# str() and repr() of builtin exceptions with various args.
print(repr(ValueError("x")), str(ValueError("x")))
print(repr(ValueError()), repr(str(ValueError())))
print(repr(ValueError(1, 2)), str(ValueError(1, 2)))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError(1)))
print(repr(TypeError("it's")), ValueError("a").args, Exception().args)
print(str(IndexError("list index out of range")))
e = ValueError("msg")
print(e.args[0], type(e).__name__, type(e).__mro__[1].__name__)
