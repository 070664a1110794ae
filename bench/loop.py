# A 3M-iteration arithmetic loop over small ints at module level and in a function.


def work(n):
    total = 0
    for i in range(n):
        total += i * 2 % 7
    return total


total = 0
i = 0
while i < 1_000_000:
    total += i * 2 % 7
    i += 1

print(total, work(2_000_000))
