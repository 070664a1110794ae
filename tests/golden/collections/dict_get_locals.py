# d.get(k[, default]) with the key and default in locals or constants: found,
# missing, cross-type-equal keys, keys with a Python __eq__, unbound names.


class K:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return hash(self.k)

    def __eq__(self, other):
        print("eq", self.k, other)
        return self.k == other


def run():
    d = {"a": 1, 2: "two", 1.0: "float one", None: "none"}
    k = "a"
    dflt = "dflt"
    print(d.get(k), d.get(k, dflt), d.get("a", 0))
    k = "zz"
    print(d.get(k), d.get(k, dflt), d.get("zz", 0), d.get(k, None))
    k = 1
    print(d.get(k), d.get(k, dflt))
    k = 2
    print(d.get(k, 0))
    k = True
    print(d.get(k, 0))
    k = None
    print(d.get(k, 0))
    k = (1, 2)
    print(d.get(k, "tuple missing"))
    e = {K("a"): "K"}
    k = "a"
    print(e.get(k, 0))
    k = "b"
    print(e.get(k, 0))
    counts = {}
    for w in ["x", "y", "x"]:
        counts[w] = counts.get(w, 0) + 1
    print(counts)
    try:
        print(d.get(unbound_name, 0))
    except NameError as err:
        print("NameError:", err)
    try:
        del dflt
        print(d.get("zz", dflt))
    except UnboundLocalError as err:
        print("UnboundLocalError:", err)
    try:
        k = [1]
        print(d.get(k, 0))
    except TypeError as err:
        print("TypeError:", err)


run()
