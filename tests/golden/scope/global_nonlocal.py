# global declarations in nested functions, nonlocal in deep nesting.
level = "module"
def reader():
    return level
def writer():
    global level
    level = "written"
print(reader())
writer()
print(reader())
def outer():
    x = 0
    def a():
        nonlocal x
        x += 1
    def b():
        nonlocal x
        x *= 10
    a(); b(); a()
    return x
print(outer())
