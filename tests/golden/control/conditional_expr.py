# Conditional expressions, including nesting and laziness.
for n in range(-1, 3):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
def loud(v):
    print("evaluated", v)
    return v
print(loud("a") if True else loud("b"))
print(loud("a") if False else loud("b"))
x = [] or "fallback"
print(x, 0 or None, 1 and 2, 0 and loud("skipped"), "" or 0 or "last")
print(not 0, not "a", not [])
