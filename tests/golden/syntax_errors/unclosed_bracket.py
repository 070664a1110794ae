# An unclosed list bracket at end of file.
print("never printed")
values = [1, 2, 3
