# bin/oct/hex of positive, negative and big ints.
for n in [0, 1, 10, 255, -255, 2 ** 40]:
    print(n, bin(n), oct(n), hex(n))
print(hex(-1), bin(-1))
print(int(bin(37), 2), int(hex(999), 16))
