# str() of various objects and the str type itself.
print(str(), repr(str()), str(42), str(-1.5), str([1, "a"]), str(None))
print(str("x") is not None, type("x").__name__, isinstance("x", str))
class A:
    def __str__(self):
        return "A-str"
print(str(A()), f"{A()}", "%s" % A())
print(str(3 + 4), str(str("nested")), str(()))
