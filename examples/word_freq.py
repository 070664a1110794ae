# Dicts and sorting: word frequencies, ties broken alphabetically, grouping by length.

TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness.
"""

words = [w.strip(".,").lower() for w in TEXT.split()]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1

print(len(words), "words,", len(counts), "distinct")
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:6]:
    print(f"{word:>8} {n:2d} {'#' * n}")

by_length = {}
for w in sorted(counts):
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length, reverse=True)[:4]:
    print(length, ", ".join(by_length[length]))

once = [w for w, n in counts.items() if n == 1]
print("used once:", sorted(once))
print("max by count then word:", max(counts, key=lambda w: (counts[w], w)))
vowels = {c: TEXT.lower().count(c) for c in "aeiou"}
print(vowels, sum(counts.values()) == len(words))
