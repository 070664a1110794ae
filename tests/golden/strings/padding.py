# center/ljust/rjust/zfill with and without fill characters.
print("[" + "ab".center(7) + "]", "[" + "ab".center(6, "*") + "]", "[" + "abc".center(6) + "]")
print("[" + "x".ljust(4) + "]", "[" + "x".rjust(4, "0") + "]", "[" + "long".ljust(2) + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(3), "abc".zfill(5), "1234".zfill(2))
print("[" + "한".center(5, "-") + "]")
