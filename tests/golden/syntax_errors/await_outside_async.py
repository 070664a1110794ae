# await inside a plain (non-async) function.
print("never printed")
def f():
    await g()
