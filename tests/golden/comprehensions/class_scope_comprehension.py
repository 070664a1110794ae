# Class-level names are not visible inside comprehension bodies (only the first iterable).
class Config:
    scale = 10
    items = [1, 2, 3]
    first_iterable_ok = [i for i in items]
    try:
        scaled = [i * scale for i in items]
    except NameError as e:
        scaled = "NameError: " + str(e)
print(Config.first_iterable_ok)
print(Config.scaled)
