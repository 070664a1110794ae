# int() parsing: bases, whitespace, underscores, signs, and floats truncating toward zero.
print(int("42"), int("  -17  "), int("+8"), int("1_000"))
print(int("ff", 16), int("0xff", 16), int("0o17", 0), int("0b101", 0), int("z", 36))
print(int("101", 2), int("777", 8), int("0x1A", 0))
print(int(3.9), int(-3.9), int(True), int(1e20))
for bad in ["", "1.5", "abc", "0x10", "1__0"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("12", 2)
except ValueError as e:
    print("ValueError:", e)
