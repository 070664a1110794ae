# String concatenation, repetition, comparison and membership.
a, b = "abc", "abd"
print(a + b, a * 2, 3 * "-", "x" * 0, "x" * -1 == "")
print(a < b, a == "abc", "a" < "B", "Z" < "a", "abc" < "abcd", "" < "a")
print("bc" in a, "ac" in a, "a" not in b)
print(max("hello"), min("hello"), sorted("hello"))
print(len(""), len("four"), len("안녕"))
s = "x"
s += "y"
s *= 3
print(s)
