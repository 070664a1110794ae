# Raising something that is not an exception is itself a TypeError.
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
try:
    raise "text"
except TypeError as e:
    print("TypeError:", e)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print("TypeError:", e)
