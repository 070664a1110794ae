# An uncaught exception group: CPython's nested boxes, a chained member, a nested group
# that was never raised (no traceback), and notes.
def f():
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise ValueError("outer") from e


def g():
    try:
        f()
    except ValueError as e:
        v = e
    v.add_note("note on a member")
    nested = ExceptionGroup("nested", [TypeError("t"), OSError("o")])
    group = ExceptionGroup("top", [v, nested, RuntimeError("r")])
    group.add_note("first note")
    group.add_note("second\nnote")
    raise group


try:
    g()
except ExceptionGroup as eg:
    print(eg.__notes__, [type(e).__name__ for e in eg.exceptions])
    try:
        eg.add_note(5)
    except TypeError as e:
        print(e)
    raise
