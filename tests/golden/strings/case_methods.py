# Case conversion methods.
s = "hello wORLD, it's a test"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print("ÄbC".lower(), "straße".upper(), "ß".casefold() if hasattr("", "casefold") else "")
print("123abc".title(), "hello-world foo_bar".title())
