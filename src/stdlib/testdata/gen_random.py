#!/usr/bin/env python3
"""Write random_expected.txt: CPython 3.11's `random` sequences that the unit tests in
src/stdlib/mt19937.rs compare against. Run: python3 gen_random.py (from this directory).

Each line is `seed|case|values`; the generator is re-seeded before every case. A seed
is an int, `s:TEXT` (a str seed) or `f:FLOAT` (a float seed)."""

import random

SEEDS = [0, 1, 42, 2**40 + 7, -5, "s:hello", "s:", "s:h\u00e9llo \u2603", "f:3.5", "f:-1.25"]

CASES = {
    "random": lambda r: [repr(r.random()) for _ in range(6)],
    "getrandbits": lambda r: [str(r.getrandbits(k)) for k in (1, 5, 31, 32, 33, 63, 64, 65, 100, 200)],
    "randbelow": lambda r: [str(r._randbelow(n)) for n in (1, 2, 7, 100, 2**32, 2**32 + 1, 2**33 + 1, 2**64 - 1, 2**64, 10**30)],
    "randrange": lambda r: [str(r.randrange(3, 100, 7)) for _ in range(5)] + [str(r.randrange(10**20, -5, -3))],
    "randint": lambda r: [str(r.randint(-10, 10)) for _ in range(8)],
    "shuffle": lambda r: (lambda x: (r.shuffle(x), [str(v) for v in x])[1])(list(range(20))),
    "sample_pool": lambda r: [str(v) for v in r.sample(range(10), 4) + r.sample(range(30), 25)],
    "sample_set": lambda r: [str(v) for v in r.sample(range(1000), 10) + r.sample(range(100), 3)],
    "choices": lambda r: [str(v) for v in r.choices(range(10), k=7)],
    "choices_weighted": lambda r: [str(v) for v in r.choices(range(5), weights=[1, 2, 3, 4.5, 5], k=7)],
    "gauss": lambda r: [repr(r.gauss()) for _ in range(3)] + [repr(r.gauss(10, 2))],
    "normalvariate": lambda r: [repr(r.normalvariate(0, 1)) for _ in range(3)],
    "uniform": lambda r: [repr(r.uniform(1, 5)) for _ in range(3)],
}


def seed_value(s):
    if isinstance(s, str) and s.startswith("s:"):
        return s[2:]
    if isinstance(s, str) and s.startswith("f:"):
        return float(s[2:])
    return s


with open("random_expected.txt", "w", encoding="utf-8") as out:
    for s in SEEDS:
        for name, case in CASES.items():
            r = random.Random(seed_value(s))
            out.write(f"{s}|{name}|{' '.join(case(r))}\n")
