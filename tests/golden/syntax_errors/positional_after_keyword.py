# A positional argument after a keyword argument in a call.
print("never printed")
print(end="", "x")
