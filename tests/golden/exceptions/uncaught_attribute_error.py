# Uncaught AttributeError on an instance.
class A:
    pass
print("made", type(A()).__name__)
A().missing
