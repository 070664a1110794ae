# Strings are immutable: item assignment fails, methods return new strings.
s = "abc"
t = s.upper()
print(s, t)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
u = s
u += "d"
print(s, u)
