# Helper module that fails while being imported.
print("loading _broken")
value = 1 / 0
