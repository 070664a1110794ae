# Nested comprehensions with multiple conditions and flattening.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i, row in enumerate(matrix)])
print([x for row in matrix for x in row if x % 2 == 0])
print([[x for x in row if x > 4] for row in matrix])
print([(a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 15) if a * a + b * b == c * c])
words = ["level", "noon", "python", "racecar", "abc"]
print([w for w in words if w == w[::-1] if len(w) > 4])
