# CPython's error messages for bad arguments
import random

def attempt(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(random.randrange, 5, 5)
attempt(random.randrange, 0)
attempt(random.randrange, 10, 1)
attempt(random.randrange, 1, 10, 0)
attempt(random.randrange, 1, 10, -1)
attempt(random.randrange, 5, step=2)
attempt(random.randint, 5, 4)
attempt(random.choice, [])
attempt(random.choice, "")
attempt(random.sample, {1, 2}, 1)
attempt(random.sample, [1, 2], 3)
attempt(random.sample, [1, 2], -1)
attempt(random.choices, [1, 2], [1])
attempt(random.choices, [1, 2], [0, 0])
attempt(random.choices, [1, 2], 3)
attempt(random.choices, [1, 2], [1, 1], cum_weights=[1, 2])
attempt(random.seed, [1, 2])
attempt(random.getrandbits, -1)
attempt(random.sample, [1, 2])
random.seed(1)
attempt(random.shuffle, (1, 2, 3))
random.choice([])
