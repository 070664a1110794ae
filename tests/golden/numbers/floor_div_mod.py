# // and % floor toward negative infinity; divmod agrees.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2)
print(divmod(-7.5, 2))
print(5 % -3, -5 % 3, 5.0 % -3)
print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2)
print(10 / 2, type(10 / 2).__name__, 7 / -2)
