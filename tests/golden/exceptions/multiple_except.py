# Tuples of exception classes, handler order, and bare except.
def risky(kind):
    if kind == "key":
        return {}["missing"]
    if kind == "index":
        return [][0]
    if kind == "zero":
        return 1 / 0
    if kind == "type":
        return 1 + "a"
    return "ok"
for kind in ["key", "index", "zero", "type", "none"]:
    try:
        print(risky(kind))
    except (KeyError, IndexError) as e:
        print("lookup problem:", type(e).__name__, e)
    except ZeroDivisionError:
        print("zero!")
    except:
        print("bare except caught something")
