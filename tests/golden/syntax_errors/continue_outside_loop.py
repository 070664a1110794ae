# continue inside a function but outside any loop.
print("never printed")
def f():
    continue
