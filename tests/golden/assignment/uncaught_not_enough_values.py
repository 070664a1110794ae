# Uncaught ValueError: not enough values to unpack.
print("unpacking")
x, y, z = (1, 2)
