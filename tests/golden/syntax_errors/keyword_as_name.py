# Using a keyword as an assignment target.
print("never printed")
class = 5
