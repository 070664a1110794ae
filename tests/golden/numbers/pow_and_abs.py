# pow with two and three arguments, abs of ints and floats.
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 13))
print(pow(2, -2), pow(4, 0.5), pow(-8, 2))
print(pow(7, -1, 13))
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0))
print(abs(-(10 ** 30)))
print(0 ** 0, 0.0 ** 0)
print(2 ** 0.5 * 2 ** 0.5)
