# Integers are unbounded.
print(2 ** 100)
print(2 ** 64 - 1, -(2 ** 63))
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // 10 ** 20, f % 1000007)
print(len(str(3 ** 200)))
print((10 ** 30 + 1) * (10 ** 30 - 1))
print(-(10 ** 25) // 7, -(10 ** 25) % 7)
print(2 ** 100 == 2.0 ** 100, 2 ** 100 > 1e30)
print(int("9" * 40) + 1)
