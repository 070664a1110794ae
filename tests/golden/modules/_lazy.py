# Helper for module_getattr.py: a module-level __getattr__ (PEP 562).
present = "present"


def __getattr__(name):
    if name.startswith("computed_"):
        print("__getattr__ called for", name)
        return name.upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
