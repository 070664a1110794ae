# itertools: chain, accumulate, groupby, zip_longest, starmap, takewhile, dropwhile
from itertools import chain, accumulate, groupby, zip_longest, starmap, takewhile, dropwhile, pairwise, compress, filterfalse, tee
import operator

print(list(chain([1], (2, 3), "ab")), list(chain.from_iterable([[1], [2, 3]])), list(chain()))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4], max)))
print(list(accumulate([1, 2, 3], operator.mul, initial=10)), list(accumulate([])))
for k, g in groupby("aaabbcaa"):
    print(k, list(g))
print([(k, len(list(g))) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
data = sorted([("b", 2), ("a", 1), ("b", 3)])
print({k: [v for _, v in g] for k, g in groupby(data, key=lambda t: t[0])})
groups = [(k, g) for k, g in groupby("aabb")]
print([(k, list(g)) for k, g in groups])
print(list(zip_longest("abc", [1], fillvalue="-")), list(zip_longest([1, 2], [3])))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(starmap(operator.add, zip([1, 2], [3, 4]))))
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(pairwise("abcd")), list(compress("abc", [1, 0, 1])), list(filterfalse(None, [0, 1, 2])))
a, b = tee([1, 2, 3])
print(list(a), list(b))
