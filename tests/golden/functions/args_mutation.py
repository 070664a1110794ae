# Arguments are passed by object reference: mutation is visible, rebinding is not.
def mutate(xs):
    xs.append("added")
def rebind(xs):
    xs = ["new"]
    return xs
data = ["orig"]
mutate(data)
print(data)
print(rebind(data), data)
def incr(n):
    n += 1
    return n
x = 5
print(incr(x), x)
def extend_tuple(t):
    t += (3,)
    return t
t = (1, 2)
print(extend_tuple(t), t)
