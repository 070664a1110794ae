# Bare raise re-raises the active exception; raise e keeps the same object.
def inner():
    try:
        int("x")
    except ValueError:
        print("inner handling, re-raising")
        raise
try:
    inner()
except ValueError as e:
    print("outer caught:", e)
saved = None
try:
    try:
        raise KeyError("orig")
    except KeyError as e:
        saved = e
        raise e
except KeyError as e2:
    print(e2 is saved, repr(e2))
