# Recursive permutations and combinations without itertools.
def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            result.append([items[i]] + p)
    return result
def combinations(items, k):
    if k == 0:
        return [[]]
    if not items:
        return []
    head, tail = items[0], items[1:]
    return [[head] + c for c in combinations(tail, k - 1)] + combinations(tail, k)
print(["".join(p) for p in permutations(list("abc"))])
print(len(permutations(list(range(5)))))
print(combinations([1, 2, 3, 4], 2))
