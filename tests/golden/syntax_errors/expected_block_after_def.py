# A function definition without a body.
print("never printed")
def f():

print("after")
