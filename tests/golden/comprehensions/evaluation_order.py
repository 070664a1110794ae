# Evaluation order inside comprehensions shown by side effects.
def src(n):
    print("src", n)
    return range(n)
def keep(v):
    print("test", v)
    return v % 2 == 0
print([v * 10 for v in src(3) if keep(v)])
gen = (v for v in src(2))
print("generator created")
print(list(gen))
