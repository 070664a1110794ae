# An uncaught `raise X from Y`: the last stderr line is the new exception.
try:
    int("x")
except ValueError as e:
    raise RuntimeError("could not parse config") from e
