# Closures created in loops see the final value of the loop variable.
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = []
for i in range(3):
    def make(n):
        return lambda: n
    funcs.append(make(i))
print([f() for f in funcs])
i = 100
print(funcs[0](), [lambda: i][0]())
