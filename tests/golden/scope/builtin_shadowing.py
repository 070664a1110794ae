# Builtins can be shadowed by globals and locals, and restored by del.
print(len("abc"))
def len(x):
    return "shadowed"
print(len("abc"))
del len
print(len("abc"))
def f():
    max = lambda *a: "local max"
    return max(1, 2)
print(f(), max(1, 2))
list = [1, 2]
print(list)
del list
print(list("ab"))
import builtins
print(builtins.len("xyz"))
