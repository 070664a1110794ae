# callable() on functions, classes, instances, builtins and values.
class Plain:
    pass
class WithCall:
    def __call__(self):
        return 1
def f():
    pass
for v in [f, Plain, Plain(), WithCall(), len, print, 5, "s", lambda: 0, str.upper, [].append]:
    print(callable(v), end=" ")
print()
