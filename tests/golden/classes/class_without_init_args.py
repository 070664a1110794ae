# Calling a class without __init__ with arguments is a TypeError.
class Empty:
    pass
print(type(Empty()).__name__)
try:
    Empty(1)
except TypeError as e:
    print("TypeError:", e)
class WithNew:
    def __init__(self):
        pass
try:
    WithNew(1, 2)
except TypeError as e:
    print("TypeError:", e)
