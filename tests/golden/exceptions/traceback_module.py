# sys.exc_info() and the traceback module: format_exc, print_exc, format_exception
# (one- and three-argument forms), format_exception_only, print_exception(file=).
import sys
import traceback


def inner(x):
    return 10 / x


def outer():
    return inner(0)


print(sys.exc_info())
try:
    outer()
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v)
    text = traceback.format_exc()
    print(text.splitlines()[0])
    print(text.splitlines()[-1])
    print([l.split(', ')[-1] for l in text.splitlines() if l.startswith('  File')])
    traceback.print_exc()
print(traceback.format_exc(), end="")
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    lines = traceback.format_exception(e)
    print("".join(lines).splitlines()[-1])
    print("".join(lines).count("Traceback"))
    print(traceback.format_exception_only(e))
    print(traceback.format_exception(type(e), e, e.__traceback__)[-1], end="")
    traceback.print_exception(e, file=sys.stderr)
print(traceback.format_exception(RuntimeError("never raised")))
print(traceback.format_exception_only(None))
