# Default argument values are evaluated once at definition time.
def greet(name, greeting="hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("kim"))
print(greet("lee", "hi"))
print(greet("park", punct="?"))
counter = 10
def show(x=counter):
    return x
counter = 20
print(show(), show(5))
