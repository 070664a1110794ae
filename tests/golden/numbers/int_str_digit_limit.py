# CPython 3.11 limits int<->str conversion to 4300 decimal digits (hex is unlimited).
big = 10 ** 4299
print(len(str(big)))
try:
    str(10 ** 4300)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(len(hex(10 ** 5000)), (10 ** 5000) % 1000, len(str(2 ** 14000 // 2 ** 13999)))
