# return at module level.
print("never printed")
return 5
