# A closing bracket without an opener.
print("never printed")
x = 1 + 2)
