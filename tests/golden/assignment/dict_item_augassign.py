# `d[k] op= x` and `d[k] = x` with a dict, key and operand in locals or constants:
# ints (and their overflow into big ints), other values, missing keys, unbound names.


def run():
    d = {"a": 1, 2: 10, "s": "x", "b": True, "f": 1.5, 3.0: 7}
    k = "a"
    n = 5
    d[k] += n
    d[k] -= 2
    d[k] *= 3
    d[k] //= 2
    d[k] %= 4
    d[k] **= 3
    d[k] <<= 2
    d[k] |= 1
    print(d[k])
    k = 2
    d[k] += 9223372036854775807
    print(d[k], type(d[k]).__name__)
    d[k] -= 9223372036854775807
    print(d[k], type(d[k]).__name__)
    k = "s"
    d[k] += "y"
    d[k] *= 2
    print(d[k])
    k = "b"
    d[k] += 1
    print(d[k], type(d[k]).__name__)
    k = "f"
    d[k] += n
    print(d[k])
    k = 3
    d[k] += n
    print(d)
    k = "a"
    x = 2.5
    d[k] += x
    print(d[k])
    k = "missing"
    try:
        d[k] += n
    except KeyError as e:
        print("KeyError", e)
    try:
        d[k] += unbound
    except KeyError as e:
        print("KeyError first:", e)
    try:
        del n
        d["a"] += n
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    k = 2
    try:
        d[k] /= 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    lst = [1, 2]
    k = 1
    lst[k] += 5
    print(lst)
    counts = {}
    for w in "a b a c b a".split():
        counts[w] = counts.get(w, 0) + 1
    print(counts)
    t = {1.0: "one"}
    k = 1
    t[k] = "int key"
    k = True
    t[k] = "bool key"
    print(t)
    return d


run()
