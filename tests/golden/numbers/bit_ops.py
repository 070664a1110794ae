# Bitwise operators, shifts and bit_length on ints including negatives.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(1 << 10, 1 << 70, 1024 >> 3, -16 >> 2, -1 >> 10)
print(~0, ~-1, -5 & 0xFF, -5 | 2)
print((255).bit_length(), (0).bit_length(), (-8).bit_length())
print(bin(a & b), hex(a | b), oct(a ^ b))
x = 5
x <<= 2
x |= 1
x &= 0b11110
x ^= 3
print(x)
