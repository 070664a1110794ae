# finally runs and prints before an uncaught exception ends the program.
try:
    print("body")
    raise ValueError("escapes")
finally:
    print("cleanup")
