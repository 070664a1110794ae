# map with several iterables and filter with None.
print(list(map(pow, [2, 3, 4], [2, 2])))
print(list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")))
print(list(map(int, "123")), list(map(len, ["a", "bb"])))
print(list(filter(None, [0, 1, False, 2, "", "s", [], [0]])))
print(list(filter(str.isdigit, "a1b2c3")))
print(list(filter(lambda x: x > 2, (1, 5, 2, 7))))
m = map(str, [1, 2])
print(type(m).__name__, list(m))
