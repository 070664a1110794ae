# An uncaught ZeroDivisionError ends the program after earlier output.
print("before")
x = 10
print(x / 0)
print("never printed")
