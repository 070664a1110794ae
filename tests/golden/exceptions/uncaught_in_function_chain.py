# An exception propagates through several frames and ends the program.
def a():
    print("in a")
    b()
def b():
    print("in b")
    c()
def c():
    raise LookupError("deep")
a()
