# An exception raised while handling another is the one that ends the program.
try:
    [][0]
except IndexError:
    print("handling")
    {}["k"]
