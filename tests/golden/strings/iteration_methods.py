# Iterating over strings and common idioms.
s = "hello"
for ch in s:
    print(ch, end=" ")
print()
print(list(s), tuple("ab"), set("aab") == {"a", "b"})
print(list(enumerate("xy")))
print("".join(reversed(s)), s[::-1] == "".join(reversed(s)))
print([c.upper() for c in s if c != "l"])
print("a\tb".expandtabs(4))
