# Comparisons across int/float/bool and chained comparisons.
print(1 == 1.0, 0.1 + 0.2 == 0.3)
print(True == 1, False == 0, True + True, True * 3, -True)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 < 2 > 0)
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 != 6)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(float("nan") == float("nan"), float("inf") > 10 ** 300)
print(max(1, 2.5, True), min(-1, -1.0), min(-1.0, -1))
def loud(n):
    print("eval", n)
    return n
print(loud(1) < loud(0) < loud(5))
