# import statements inside functions bind local names.
def compute():
    import math
    from _helpers import greet
    return math.factorial(5), greet("fn")
print(compute())
try:
    math
except NameError as e:
    print("NameError:", e)
