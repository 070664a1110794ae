# !r, !s and !a conversions in f-strings.
s = "hi\tthere"
print(f"{s!r}")
print(f"{s!s}")
print(f"{'x'!r:>6}|")
print(f"{[1, 'a']!s}")
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "a P"
p = P()
print(f"{p} {p!r} {p!s}")
print(f"{3.0!r} {None!r} {True!s}")
