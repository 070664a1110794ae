# A return inside a generator ends iteration early; StopIteration raised inside becomes RuntimeError.
def until_negative(xs):
    for x in xs:
        if x < 0:
            return
        yield x
print(list(until_negative([3, 2, -1, 5])))
def bad():
    yield 1
    raise StopIteration
try:
    print(list(bad()))
except RuntimeError as e:
    print("RuntimeError:", e)
