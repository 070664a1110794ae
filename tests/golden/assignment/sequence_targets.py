# Any iterable can be unpacked: strings, ranges, dicts, generators, sets of one.
a, b = "hi"
c, d = range(2)
e, f = {"k1": 1, "k2": 2}
g, h = (x * x for x in (3, 4))
(i,) = {7}
print(a, b, c, d, e, f, g, h, i)
[j] = [[1, 2]]
print(j)
k, l = l, k = 1, 2
print(k, l)
