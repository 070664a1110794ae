# f-strings evaluate arbitrary expressions, including calls and nested quotes.
x, y = 3, 4
print(f"{x} + {y} = {x + y}")
print(f"{x * y:d} {x / y}")
name = "world"
print(f"hello {name.upper()}!")
print(f"{'nested'} {[1, 2][0]} {len('abc')}")
print(f"{{literal braces}} {x}")
items = ["a", "b"]
print(f"{', '.join(items)}")
print(f"{x if x > y else y}")
print(f"{(lambda v: v * 2)(5)}")
print(f"")
