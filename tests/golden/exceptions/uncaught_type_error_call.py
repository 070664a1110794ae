# Uncaught TypeError from a wrong number of arguments.
def greet(name):
    print("hello", name)
greet("kim")
greet()
