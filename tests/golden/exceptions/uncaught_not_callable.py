# Uncaught TypeError calling an int.
n = 5
print(n())
