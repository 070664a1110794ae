# Edge cases: join on one element, split on whitespace variants, repetition of empty strings.
print(repr(",".join(["only"])), repr("".join([])), repr("" * 100))
print("a\tb\nc  d\x0be\x0cf".split())
print("a b".split(" "), "a  b".split(" "), " a ".split(" "))
print("x".center(4, "-"), "x".center(5, "-"), "xy".center(5, "-"))
print("abc"[::-1] * 2, "-".join("abc"))
