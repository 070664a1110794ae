# Inner functions shadow outer names without affecting them.
name = "global"
def outer():
    name = "outer"
    def inner():
        name = "inner"
        return name
    return inner(), name
print(outer(), name)
def counter():
    def step(n):
        return n + 1
    total = 0
    for _ in range(3):
        total = step(total)
    return total
print(counter())
