# strip/lstrip/rstrip with and without a character set; removeprefix/removesuffix.
s = "  \t padded \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixyx".strip("xy"), "xxhixyx".lstrip("x"), "xxhixyx".rstrip("xy"))
print("www.example.com".strip("cmowz."))
print("prefix_name".removeprefix("prefix_"), "name.txt".removesuffix(".txt"))
print("abc".removeprefix("x"), repr("".strip()))
