# Returning multiple values, None by default and early returns.
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([4, 1, 8])
print(lo, hi, minmax([2]))
def nothing():
    pass
def bare():
    return
print(nothing(), bare())
def first_negative(xs):
    for x in xs:
        if x < 0:
            return x
    return "none"
print(first_negative([1, -2, -3]), first_negative([1]))
def nested():
    return [1, (2, 3)], {"k": None}
print(nested())
