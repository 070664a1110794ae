# Slicing with steps and negative indices.
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::3])
print(s[::-1], s[8:2:-2], s[-1:-4:-1], s[5:2], s[100:], s[-100:2])
print(s[0], s[-1], s[len(s) - 1])
print(s[:], s[::1] == s)
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
print(s[slice(1, 4)], s[slice(None, None, -3)])
