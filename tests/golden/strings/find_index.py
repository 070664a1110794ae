# find/rfind/index/rindex/count, including ranges and failure.
s = "hello world, hello"
print(s.find("hello"), s.rfind("hello"), s.find("xyz"), s.find("o", 5), s.find("o", 5, 7))
print(s.index("world"), s.rindex("l"), s.count("l"), s.count("hello"), s.count(""))
print("aaaa".count("aa"), "".find(""), "abc".find(""))
try:
    s.index("zzz")
except ValueError as e:
    print("ValueError:", e)
print("world" in s, "World" in s, "" in s)
