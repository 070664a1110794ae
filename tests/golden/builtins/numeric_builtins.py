# abs, divmod, pow, round, hex, oct, bin, chr, ord, sum on assorted inputs.
print(abs(-3), abs(3.5), abs(-0.0), abs(True))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(pow(3, 4), pow(3, 4, 5), pow(2.0, 3), pow(-2, 3))
print(round(3.14159, 2), round(2.5), round(-2.5), round(7.5), round(1e3), round(17, -1))
print(hex(255), oct(64), bin(5), hex(-42))
print(chr(9731) == "\u2603", ord("\u2603"), chr(ord("a") + 25))
print(sum(range(10)), sum([1.5, 2.5]), sum([], 7))
