# A group of 17 members: CPython shows 15 and says how many more; during handling of
# another exception.
try:
    raise KeyError("first")
except KeyError:
    raise ExceptionGroup("many", [ValueError(i) for i in range(17)])
