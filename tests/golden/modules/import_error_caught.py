# ImportError/ModuleNotFoundError can be caught; a missing name in from-import too.
try:
    import does_not_exist
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, repr(e.name))
try:
    from math import no_such_function
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
try:
    from _helpers import missing_name
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
