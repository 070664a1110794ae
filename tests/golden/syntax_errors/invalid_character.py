# A "$" is not a Python token: plain invalid syntax.
print("never printed")
x = 5 $ 3
