# Float literals: exponents, leading/trailing dots, underscores.
print(1.5, .5, 5., 1e3, 1E-3, 2.5e+2)
print(1_000.000_1, 1e1_0)
print(0.0, -0.0, 00.5, 0e0)
print(3.14e-10, 6.02e23)
print(type(1e3).__name__, type(.5).__name__)
print(1.0 == 1, 10e0 == 10)
