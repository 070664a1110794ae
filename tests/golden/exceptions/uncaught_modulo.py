# Uncaught integer modulo by zero.
values = [5, 0]
print(values[0] % values[1])
