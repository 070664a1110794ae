# Dict stores and `in` tests with str/int keys (decided by one probe among scalar
# keys), next to keys that compare equal across types and keys with a Python __eq__.


def store_and_test(d, keys):
    for k in keys:
        d[k] = len(d)
    out = []
    for k in keys + ["zz", 99, 2.5, True]:
        out.append(k in d)
        out.append(k not in d)
    return d, out


print(store_and_test({}, ["a", "b", "a", 1, 2, 1]))
print(store_and_test({1.0: "float", True: "bool", None: 0}, [1, "x", 1, 0]))
print(store_and_test({0: "int"}, [False, 0, 0.0]))


class Key:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return hash(self.k)

    def __eq__(self, other):
        print("eq", self.k, other)
        return self.k == other


d = {Key("a"): 1, Key(5): 2}
print(store_and_test(d, ["a", 5, "b"])[1])
print(sorted(str(v) for v in d.values()))

# Keys that are not str/int, and containers that are not dicts.
t = {(1, 2): "t"}
k = (1, 2)
print(k in t, k not in t)
s = "abc"
for k in ["a", "bc", "x"]:
    print(k in s, k not in s)
lst = [1, "a"]
for k in [1, "a", 2]:
    print(k in lst, k not in lst)
try:
    k = [1]
    print(k in t)
except TypeError as e:
    print("TypeError:", e)
