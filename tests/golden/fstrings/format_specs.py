# Format specs inside f-strings: width, precision, alignment, fill, sign, grouping.
pi = 3.14159265
print(f"[{pi:.2f}] [{pi:10.3f}] [{pi:<10.1f}] [{pi:^10.2f}]")
n = 1234567
print(f"{n:,} {n:_} {n:>12,} {n:012d}")
print(f"{42:+d} {-42:+d} {42: d} {42:x} {42:#x} {42:o} {42:#b} {255:X}")
print(f"[{'ab':*^7}] [{'ab':-<5}] [{'ab':>5}]")
print(f"{0.25:%} {0.25:.1%} {1234.5:e} {1234.5:.2E}")
print(f"{1e20:g} {0.00001234:g} {123.0:g} {1.5:08.3f}")
print(f"{-5:05d} {-5:>5d} {-5:<5d}|")
