# Nested replacement fields inside format specs.
width, prec = 10, 3
value = 2.718281828
print(f"[{value:{width}.{prec}f}]")
print(f"[{'left':<{width}}]")
print(f"[{'mid':{'^'}{width}}]")
for w in range(3, 6):
    print(f"[{w:>{w}}]")
fill = "."
print(f"[{'x':{fill}>{width}}]")
