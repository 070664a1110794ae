print(1
x = 3
