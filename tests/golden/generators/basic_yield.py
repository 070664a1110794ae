# A generator function yields values lazily; next() resumes it.
def count_up(n):
    print("start")
    for i in range(n):
        print("yielding", i)
        yield i
    print("end")
g = count_up(2)
print("created")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
print(list(count_up(3)))
