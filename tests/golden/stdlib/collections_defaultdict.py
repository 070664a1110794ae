# collections.defaultdict: factories, dict protocol, repr
from collections import defaultdict

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(groups["a"], len(groups), "c" in groups, "z" in groups, groups.get("z"))
print(list(groups.keys()), list(groups.values())[1], sorted(groups.items()))
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(counts["l"], counts["q"], len(counts), dict(counts))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"]["y"], dict(nested["x"]))
plain = defaultdict(None, {"a": 1})
print(plain)
try:
    plain["missing"]
except KeyError as e:
    print("KeyError", e)
print(counts.pop("h"), counts.setdefault("new", 7), counts["new"])
del counts["new"]
print("new" in counts, counts == dict(counts), defaultdict(set).default_factory)
for k, v in groups.items():
    print(k, len(v))
print({**groups}["b"])
