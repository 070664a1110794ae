# Dict and set comprehensions.
words = ["apple", "bob", "cat", "apple", "dog"]
print({w: len(w) for w in words})
print({i: i * i for i in range(5) if i % 2})
print({len(w) for w in words})
inverse = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverse)
print({x % 4 for x in range(100)})
print({k: [v for v in range(k)] for k in range(4)})
