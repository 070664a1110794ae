# An if statement whose body is not indented.
print("never printed")
if True:
print("body")
