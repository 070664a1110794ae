# List operators: concatenation, repetition, comparison, nested aliasing.
a = [1, 2]
print(a + [3], a * 3, [0] * 0, [[]] * 2)
grid = [[0] * 3] * 2
grid[0][0] = 9
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 9
print(grid)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] == [1, 2])
b = a
b += [3]
print(a, a is b)
c = a
c = c + [4]
print(a, c)
print(len([[1, 2], [3]]), [1, [2, [3]]][1][1][0])
