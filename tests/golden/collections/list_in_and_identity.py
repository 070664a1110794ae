# Membership uses ==, `is` compares identity, copies are shallow.
a = [1, [2, 3]]
b = a.copy()
print(a == b, a is b, a[1] is b[1])
b[1].append(4)
print(a)
print([2, 3, 4] in a, 1.0 in a, "1" in a)
c = list(a)
c[0] = 100
print(a[0], c[0])
print([] == [], [] is [], [None] == [None])
