# Arguments are evaluated left to right before the call.
def v(x):
    print("eval", x)
    return x
def f(*args, **kwargs):
    print("call", args, kwargs)
f(v(1), v(2), k=v(3))
d = {v("key"): v("value")}
print(d)
lst = [v("a"), v("b")]
print(v(10) + v(20) * v(30))
