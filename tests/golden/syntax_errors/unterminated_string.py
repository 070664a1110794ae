# A single-quoted string that runs to the end of the line.
print("never printed")
s = "unterminated
