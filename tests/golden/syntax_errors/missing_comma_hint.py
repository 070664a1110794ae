# Two expressions in a list without a comma.
print("never printed")
items = [1, 2 3]
