# str.split() of ASCII text (CPython's whitespace includes \x1c-\x1f), str.replace
# (one-byte and longer needles, counts, no match giving the str itself), upper/lower.
print("  a\tb\nc\x0bd\x0ce\rf\x1cg\x1dh\x1ei\x1fj  ".split())
print("".split(), "   ".split(), "x".split())
print("héllo wörld\u2003x\x1cy".split())
s = "item-12:3"
print(s.replace("-", ""), s.replace("-", "--"), s.replace("item", "I"), s.replace(":", "", 0))
print(s.replace("x", "y") is s, s.replace("-", "", 0) is s)
print("aaaa".replace("a", "b", 2), "aaaa".replace("aa", "b"), "abab".replace("ab", "", 1))
print("ab".replace("", "-"), "ab".replace("", "-", 2), "".replace("", "x"))
long = "ab-" * 50
print(long.replace("b-a", "X")[:30], len(long.replace("-", "")), long.replace("zz", "y") is long)
print("héllo-wörld".replace("ö", "o"), "héllo".replace("l", "L", 1), "naïve".replace("ï", "i").isascii())
print("MiXeD 123".upper(), "MiXeD 123".lower(), "straße".upper(), "ÀB".lower())
w = "the cat".split()
d = {}
for x in w + w:
    d[x] = d.get(x, 0) + 1
print(d, f"{-5}{0}{123456789012345678}")
