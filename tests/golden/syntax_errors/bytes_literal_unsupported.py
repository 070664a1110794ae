# differs from CPython: bytes literals are not supported by coropy (a SyntaxError at the literal, before anything runs)
print("never printed")
data = b"abc"
