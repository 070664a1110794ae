# Lambdas created in a comprehension share the loop variable (late binding).
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
adders = {n: (lambda x, n=n: x + n) for n in (1, 10)}
print(adders[1](5), adders[10](5))
