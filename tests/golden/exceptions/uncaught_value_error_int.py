# Uncaught ValueError from int() on a non-number.
print(int("42"))
print(int("forty-two"))
