# str.format fields with attribute and index access.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(3, 4)
print("({0.x}, {0.y})".format(p))
print("{p.x}/{p.y}".format(p=p))
data = [10, 20, 30]
print("{0[0]} {0[2]}".format(data))
d = {"name": "lee", "n": 5}
print("{0[name]} has {0[n]}".format(d))
print("{d[name]:>6}|".format(d=d))
nested = {"a": [1, {"b": "deep"}]}
print("{0[a][1][b]}".format(nested))
