# A number immediately followed by letters.
print("never printed")
x = 1abc
