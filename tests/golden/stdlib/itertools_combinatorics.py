# itertools: product, permutations, combinations, combinations_with_replacement
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product("ab", [1, 2])))
print(list(product([0, 1], repeat=2)), len(list(product(range(3), repeat=3))))
print(list(permutations([1, 2, 3])))
print(list(permutations("abc", 2)), list(permutations([], 0)), list(permutations([1], 2)))
print(list(combinations("abcd", 2)), list(combinations(range(4), 3)))
print(list(combinations([1, 2], 3)), list(combinations_with_replacement("ab", 2)))
print(["".join(p) for p in product("xy", repeat=2)])
