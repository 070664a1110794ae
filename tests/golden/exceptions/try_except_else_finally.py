# Every combination of except/else/finally, with and without an exception.
def run(fail):
    try:
        print("  try")
        if fail:
            raise ValueError("bad")
    except ValueError as e:
        print("  except", e)
    else:
        print("  else")
    finally:
        print("  finally")
for fail in [False, True]:
    print("fail =", fail)
    run(fail)
try:
    print("try without except")
finally:
    print("finally only")
try:
    x = 1
except Exception:
    print("never")
else:
    print("else without finally", x)
