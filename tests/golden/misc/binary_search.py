# Binary search, insertion into a sorted list, and bisect-like behaviour.
def bsearch(xs, target):
    lo, hi = 0, len(xs)
    steps = 0
    while lo < hi:
        steps += 1
        mid = (lo + hi) // 2
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    found = lo < len(xs) and xs[lo] == target
    return lo, found, steps
data = list(range(0, 100, 3))
for t in [0, 27, 28, 99, -5, 1000]:
    print(t, bsearch(data, t))
xs = []
for v in [5, 1, 4, 1, 3]:
    xs.insert(bsearch(xs, v)[0], v)
print(xs)
