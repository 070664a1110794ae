# for loops over ranges with steps, including negative and empty ranges.
for i in range(0, 10, 3):
    print(i, end=" ")
print()
for i in range(5, 0, -2):
    print(i, end=" ")
print()
for i in range(3, 3):
    print("never")
count = 0
for _ in range(1000):
    count += 1
print(count)
