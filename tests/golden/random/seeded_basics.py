# random(), randint, randrange, uniform and getrandbits after seeding with an int
import random

for s in [0, 1, 42, 2**40 + 7, -5]:
    random.seed(s)
    print(s, random.random(), random.random())
    print("  randint", [random.randint(1, 6) for _ in range(10)])
    print("  randrange", random.randrange(10), random.randrange(5, 50, 5), random.randrange(100, 0, -7))
    print("  uniform", random.uniform(1, 2), random.uniform(-3.5, 3.5))
    print("  bits", random.getrandbits(1), random.getrandbits(32), random.getrandbits(100))
print(random.randint(10**20, 10**21))
