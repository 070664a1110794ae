# A dedent to a column that matches no outer indentation level.
print("never printed")
if True:
        x = 1
    y = 2
