# Assigning to a literal in an if condition suggests ==.
print("never printed")
x = 1
if x = 1:
    pass
