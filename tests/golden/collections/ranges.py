# range objects: repr, len, indexing, slicing, negative steps, membership.
r = range(5)
print(r, range(2, 10, 3), range(10, 0, -2), len(r), list(r))
print(r[0], r[-1], r[1:3], list(range(10, 0, -3)))
print(3 in r, 5 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(list(range(0)), list(range(5, 2)), len(range(0, 100, 7)))
print(range(3) == range(0, 3), range(0) == range(5, 2))
print(r.start, r.stop, r.step, range(1, 8, 2).index(5), r.count(3))
print(sum(range(101)), list(reversed(range(3))))
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
