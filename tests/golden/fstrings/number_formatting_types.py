# Type codes n, c and defaults for ints, floats and bools in f-strings.
print(f"{65:c}{66:c}")
print(f"{True} {True:d} {False:>6}")
print(f"{3:.2f} {7:e}")
print(f"{2.0} {2.50} {1/3}")
print(f"{10:b} {-10:b} {10:#o}")
print(f"{123456789.123:,.2f}")
print(f"{0:.0f} {0.5:.0f} {1.5:.0f} {2.5:.0f}")
