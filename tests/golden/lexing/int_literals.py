# Integer literals: decimal, hex, octal, binary, underscores, leading zero forms.
print(0, 00, 0_0)
print(0x1F, 0XfF, 0x_dead_beef)
print(0o17, 0O777, 0o_1_0)
print(0b1010, 0B11, 0b_1111_0000)
print(1_000_000, 123_456_789_012_345_678_901_234_567_890)
print(-0x10, +0b1, -(-0o7))
print(type(0x10).__name__)
