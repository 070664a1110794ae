# Assignment expressions in while, if and comprehensions.
data = [3, 1, 4, 1, 5, 9, 2, 6]
i = 0
while (n := data[i]) != 5:
    print("saw", n)
    i += 1
print("stopped at", n, "index", i)
if (length := len(data)) > 5:
    print("long list", length)
values = [y for x in data if (y := x * 2) > 6]
print(values, y)
lines = iter(["a", "b", ""])
while (line := next(lines)):
    print("line", line)
print((z := 10) + z)
