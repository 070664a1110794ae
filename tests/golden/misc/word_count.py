# Counting words with a dict and reporting the most common ones.
text = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs
a quick dog is a happy dog"""
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, n in top:
    print(f"{word:<6}{n:>3} {'#' * n}")
print(len(counts), "distinct words,", sum(counts.values()), "total")
by_length = {}
for word in counts:
    by_length.setdefault(len(word), []).append(word)
for length in sorted(by_length):
    print(length, sorted(by_length[length]))
