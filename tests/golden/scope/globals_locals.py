# Module-level names visible through globals(); function locals separate.
alpha = 1
def f():
    beta = 2
    return sorted(locals())
print(f())
print("alpha" in globals(), "beta" in globals())
globals()["created_dynamically"] = 42
print(created_dynamically)
def g(a, b=2):
    c = a + b
    return locals()
print(g(1))
