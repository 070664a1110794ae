# An exception in __init__ propagates out of the constructor call.
class Strict:
    def __init__(self, value):
        print("init", value)
        if value < 0:
            raise ValueError(f"negative: {value}")
        self.value = value
ok = Strict(1)
print(ok.value)
try:
    Strict(-1)
except ValueError as e:
    print("ValueError:", e)
class Missing:
    def __init__(self, a, b):
        pass
try:
    Missing(1)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(Missing).nothing
except AttributeError as e:
    print("AttributeError:", e)
