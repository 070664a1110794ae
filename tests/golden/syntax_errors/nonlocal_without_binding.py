# nonlocal naming a variable that no enclosing function binds.
print("never printed")
def f():
    nonlocal missing
    missing = 1
