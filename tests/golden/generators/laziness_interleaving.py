# Generator pipelines interleave their steps one item at a time.
def numbers():
    for i in range(3):
        print("produce", i)
        yield i
def doubled(src):
    for x in src:
        print("double", x)
        yield x * 2
for v in doubled(numbers()):
    print("consume", v)
squares = (print("square", n) or n * n for n in range(2))
print("before iteration")
print(list(squares))
