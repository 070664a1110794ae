# list.sort and sorted with key, reverse and stability.
xs = [5, 2, 9, 1, 5, 6]
xs.sort(); print(xs)
xs.sort(reverse=True); print(xs)
words = ["banana", "Apple", "cherry", "date", "fig", "Elder"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs))
print(xs.sort() is None, sorted("bca"), sorted((3, 1, 2)))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
