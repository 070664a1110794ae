# Two parameters with the same name.
print("never printed")
def f(a, a):
    pass
