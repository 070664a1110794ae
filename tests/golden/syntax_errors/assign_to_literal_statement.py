# Assigning to a literal as a statement.
print("never printed")
1 = x
