# Uncaught NameError for an undefined variable.
print("start")
print(undefined_variable)
