# send() passes values into a suspended generator.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
acc = accumulator()
print(next(acc))
print(acc.send(10))
print(acc.send(5))
try:
    acc.send(None)
except StopIteration:
    print("stopped")
def echo():
    received = yield "ready"
    print("got", received)
    yield received * 2
e = echo()
print(e.send(None), e.send(21))
try:
    echo().send(1)
except TypeError as err:
    print("TypeError:", err)
