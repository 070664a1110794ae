# Uncaught TypeError for unsupported operand types.
print(1 + "a")
