# Annotated assignments bind normally; annotations are not enforced.
count: int = 5
name: str = "kim"
ratio: float = 1
print(count, name, ratio)
values: list = []
values.append(count)
print(values)
def f(a: int, b: str = "x") -> str:
    return b * a
print(f(3), f(2, "ab"))
unset: int
try:
    print(unset)
except NameError as e:
    print("NameError:", e)
