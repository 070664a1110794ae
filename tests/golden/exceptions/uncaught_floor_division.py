# Uncaught integer floor division by zero.
print("computing")
print(7 // 0)
