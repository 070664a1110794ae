# any and all short-circuit over iterables.
def check(v):
    print("check", v)
    return v
print(any(check(v) for v in [0, 2, 3]))
print(all(check(v) for v in [1, 0, 3]))
print(any([]), all([]), any("a"), all(""), all([[]]), any([[]]))
print(all(x > 0 for x in range(1, 5)), any(x > 10 for x in range(5)))
