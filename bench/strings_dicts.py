# Strings and dicts: f-string keys, word counting, joins, splits, sorting by count.

WORDS = "the quick brown fox jumps over the lazy dog and the cat sat on the mat".split()


def make_text(n):
    parts = []
    for i in range(n):
        parts.append(WORDS[i % len(WORDS)])
        if i % 11 == 0:
            parts.append(f"w{i % 97}")
    return " ".join(parts)


def count_words(text):
    counts = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    return counts


def keyed(n):
    table = {}
    for i in range(n):
        key = f"item-{i % 1000}:{i % 7}"
        if key in table:
            table[key] += i
        else:
            table[key] = i
    return table


checksum = 0
for round_ in range(20):
    counts = count_words(make_text(60_000))
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    checksum += sum(c for _, c in top) + len(counts)
    table = keyed(40_000)
    line = ",".join(f"{k}={v}" for k, v in sorted(table.items())[:50])
    checksum += len(table) + len(line.split(",")) + sum(len(s) for s in line.split("="))
    checksum += sum(len(k.upper().replace("-", "")) for k in table)

print(top)
print(checksum)
