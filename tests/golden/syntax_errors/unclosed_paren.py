# An unclosed parenthesis is reported as never closed.
print("never printed")
total = (1 + 2
print(total)
