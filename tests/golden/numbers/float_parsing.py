# float() parsing of decimal, exponent, inf and nan strings.
print(float("1.5"), float("  -2.25 "), float("1e3"), float("1_0.5"))
print(float("inf"), float("-Infinity"), float("nan"), float("+INF"))
print(float(7), float(-0), float(True))
print(float(".5"), float("5."), float("-.5e-2"))
for bad in ["", "abc", "1.2.3"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
