# *args and **kwargs collection, and their order.
def f(a, *args, **kwargs):
    print(a, args, kwargs)
f(1)
f(1, 2, 3)
f(1, x=2, y=3)
f(1, 2, z=3)
f(*range(3), **{"k": "v"})
def total(*nums):
    return sum(nums)
print(total(), total(1, 2, 3))
def describe(**info):
    for k, v in info.items():
        print(f"  {k}={v}")
describe(b=2, a=1, c=3)
