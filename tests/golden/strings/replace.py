# replace with counts and with an empty pattern.
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "aaa".replace("a", "b", 0))
print("aaa".replace("", "-"))
print("".replace("", "x"))
print("hello world".replace("o", "0").replace("l", "1"))
print("abcabc".replace("bc", ""), "abc".replace("x", "y"))
print("ab".replace("", "-", 1))
