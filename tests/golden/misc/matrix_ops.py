# Matrix addition, multiplication, transpose and identity with nested lists.
def mat_mul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))]
            for i in range(len(a))]
def transpose(m):
    return [list(row) for row in zip(*m)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def show(m):
    for row in m:
        print(" ".join(f"{v:4}" for v in row))
a = [[1, 2], [3, 4], [5, 6]]
b = [[7, 8, 9], [10, 11, 12]]
show(mat_mul(a, b))
print(transpose(a))
print(mat_mul(identity(2), [[2, 3], [4, 5]]))
print([[x + y for x, y in zip(r1, r2)] for r1, r2 in zip(a, a)])
m = [[2, 0], [0, 2]]
p = identity(2)
for _ in range(10):
    p = mat_mul(p, m)
print(p)
