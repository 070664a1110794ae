# An exception raised inside an except block replaces the original one.
def f():
    try:
        raise KeyError("first")
    except KeyError:
        raise TypeError("second")
try:
    f()
except TypeError as e:
    print("caught", repr(e), "context", repr(e.__context__))
except KeyError:
    print("never")
try:
    try:
        raise ValueError("a")
    finally:
        print("finally runs before the handler")
except ValueError as e:
    print("then handled", e)
