# Comprehension loop variables do not leak; outer names are visible.
x = "outer x"
squares = [x * x for x in range(4)]
print(x, squares)
factor = 3
print([n * factor for n in range(3)])
def f():
    base = 10
    return [base + i for i in range(3)]
print(f())
try:
    [undefined_thing for _ in range(1)]
except NameError as e:
    print("NameError:", e)
class C:
    values = [1, 2]
    doubled = [v * 2 for v in values]
print(C.doubled)
