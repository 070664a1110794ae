# An exception raised inside a generator surfaces at the consumer and ends the program.
def numbers():
    yield 1
    yield 2
    raise KeyError("generator failed")
for n in numbers():
    print("got", n)
print("never")
