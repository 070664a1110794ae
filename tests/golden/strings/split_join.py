# split/rsplit with separators and maxsplit, and join.
s = "a,b,,c"
print(s.split(","), s.split(",", 1), s.rsplit(",", 1))
print("  many   spaces here ".split())
print("  many   spaces here ".split(None, 1))
print("a b c d".rsplit(None, 2))
print("".split(","), "".split(), "abc".split("abc"))
print("one::two::three".split("::"))
print("-".join(["x", "y", "z"]), "".join(("a", "b")), ", ".join([]))
print(" ".join(str(n) for n in range(5)))
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
