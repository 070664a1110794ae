# Functions as values: passing, returning, storing in containers.
def apply(f, *args):
    return f(*args)
print(apply(max, 3, 9, 2), apply(len, "abc"))
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
for name in ["add", "mul"]:
    print(name, ops[name](6, 7))
def pipeline(*funcs):
    def run(x):
        for f in funcs:
            x = f(x)
        return x
    return run
p = pipeline(str.strip, str.upper, lambda s: s + "!")
print(p("  shout "))
print(list(map(abs, [-1, 2, -3])), callable(apply), callable(3))
