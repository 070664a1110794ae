# Conversions between int and float, including huge and special values.
print(int(2.0 ** 70), float(10 ** 20))
print(1e308 * 10, -1e308 * 10)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 > 1e308, (10 ** 400) / 10 ** 399)
print((7).as_integer_ratio() if hasattr(7, "as_integer_ratio") else None)
print((0.5).is_integer(), (2.0).is_integer(), (0.75).as_integer_ratio())
