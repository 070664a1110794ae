# Deleting a literal.
print("never printed")
del 5
