# __enter__/__exit__ for with statements, including exceptions and suppression.
class Resource:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with Resource("a") as r:
    print("inside", r.name)
with Resource("outer") as o, Resource("inner") as i:
    print("both", o.name, i.name)
with Resource("swallow", suppress=True):
    raise ValueError("boom")
print("after suppressed")
try:
    with Resource("propagate"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
def f():
    with Resource("ret"):
        return "returned"
print(f())
