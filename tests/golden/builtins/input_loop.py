# Reading numbers until a blank line, then summing them.
total = 0
count = 0
while (line := input()) != "":
    total += int(line)
    count += 1
print(f"{count} numbers, total {total}, mean {total / count:.2f}")
rest = input()
print("after blank:", rest)
