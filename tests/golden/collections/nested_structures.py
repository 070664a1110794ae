# Nested lists and dicts: building, indexing, deep copies by hand.
matrix = [[1, 2, 3], [4, 5, 6]]
print(matrix[1][2], [row[0] for row in matrix], len(matrix[0]))
transposed = [list(col) for col in zip(*matrix)]
print(transposed)
inventory = {"fruit": {"apple": 3}, "veg": {}}
inventory["veg"]["leek"] = 1
inventory["fruit"]["apple"] += 2
print(inventory)
copy = {k: dict(v) for k, v in inventory.items()}
copy["fruit"]["apple"] = 0
print(inventory["fruit"], copy["fruit"])
tree = ["root", [["a", []], ["b", [["c", []]]]]]
def count(node):
    return 1 + sum(count(child) for child in node[1])
print(count(tree))
