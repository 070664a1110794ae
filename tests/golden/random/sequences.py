# choice, shuffle, sample (pool and set selection) and choices with and without weights
import random

random.seed(2024)
print(random.choice("abcdefg"), random.choice([1, 2, 3]), random.choice(range(100)), random.choice((None, True)))
deck = list(range(52))
random.shuffle(deck)
print(deck)
print(random.sample(range(10), 10))
print(random.sample(range(1000), 12))
print(random.sample(["red", "green", "blue"], k=2))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.choices("xyz", k=8))
print(random.choices(["a", "b", "c"], weights=[10, 1, 1], k=8))
print(random.choices(["a", "b", "c"], cum_weights=[1, 2, 30], k=8))
print(random.choices(range(3)))
words = "the quick brown fox jumps over the lazy dog".split()
random.shuffle(words)
print(" ".join(words))
