# Methods and attributes of int and float objects.
print((10).bit_length(), (-10).bit_length())
print((5).real, (5).imag, (5).numerator, (5).denominator)
print((3.5).real, (3.5).imag, (-7).conjugate())
print((17).__add__(3), (17).__mod__(5))
print(int.__name__, float.__name__, bool.__name__)
print((1.5).__round__() if hasattr(1.5, "__round__") else "no")
