def parse(text):
    n = len(text); return int(text) // n


def load(items):
    total = 0
    for item in items:
        total += parse(
            item)
    return total


print(load(["10", "2x"]))
