# itertools: count, cycle, repeat, islice
from itertools import count, cycle, repeat, islice

print(list(islice(count(), 5)), list(islice(count(5, 2), 4)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(cycle("ab"), 5)), list(repeat("x", 3)), list(islice(repeat(7), 2)))
print(list(islice(range(10), 2, 8, 2)), list(islice("abcdef", 3)), list(islice("abc", 1, None)))
print(list(islice([1, 2, 3], 0)), list(map(pow, range(4), repeat(2))))
for i, c in zip(count(1), "xyz"):
    print(i, c)
it = iter(range(10))
print(list(islice(it, 3)), next(it))
try:
    islice([1], -1)
except ValueError as e:
    print(e)
