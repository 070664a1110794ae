# Unpacking errors carry exact counts.
cases = [
    lambda: [a for a, b in [(1, 2, 3)]],
    lambda: [a for a, b, c in [(1, 2)]],
    lambda: [a for a, *b, c in [(1,)]],
    lambda: [a for a, b in [5]],
    lambda: [a for a, b in ["abc"]],
]
for case in cases:
    try:
        case()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
