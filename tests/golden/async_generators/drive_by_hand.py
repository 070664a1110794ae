# The asend/athrow awaitables driven by hand with send()/throw(), without a loop
async def gen():
    received = yield "first"
    print("received", received)
    try:
        yield "second"
    except ValueError as e:
        print("caught", repr(e))
    yield "third"


g = gen()
step = g.asend(None)
print(step.__await__() is step)
try:
    step.send(None)
except StopIteration as e:
    print("yielded", repr(e.value))
try:
    g.asend("hello").send(None)
except StopIteration as e:
    print("yielded", repr(e.value))
try:
    g.athrow(ValueError, "bad").send(None)
except StopIteration as e:
    print("yielded", repr(e.value))
try:
    step.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
closing = g.aclose()
try:
    closing.send(None)
except StopIteration as e:
    print("aclose done", e.value)
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("exhausted")
