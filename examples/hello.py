# The smallest coropy program: print, a function, an f-string.


def greet(name):
    return f"Hello, {name}!"


for who in ["world", "coropy", "세계"]:
    print(greet(who))
