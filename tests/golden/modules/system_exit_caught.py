# SystemExit can be caught like any BaseException and inspected.
import sys
for arg in [None, 2, "text"]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print("caught SystemExit", repr(e.code), e.args)
try:
    sys.exit(1)
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException", type(e).__name__)
print("still running")
