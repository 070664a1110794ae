# Generators: lazy pipelines, infinite sequences, send(), yield from, return values.


def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1


def take(n, it):
    for _, x in zip(range(n), it):
        yield x


def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


print(list(take(10, primes())))
squares = (n * n for n in naturals())
print([s for s in take(8, squares) if s % 2 == 0])


def running_average():
    total = count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return count
        total += value
        count += 1
        average = total / count


avg = running_average()
next(avg)
for v in [10, 20, 60]:
    print("average so far:", avg.send(v))
try:
    avg.send(None)
except StopIteration as stop:
    print("averaged", stop.value, "values")


def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))


def countdown(n):
    try:
        while n > 0:
            yield n
            n -= 1
    finally:
        print("countdown cleaned up")


gen = countdown(5)
print(next(gen), next(gen))
gen.close()
