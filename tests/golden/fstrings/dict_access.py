# Dict and attribute access inside f-string expressions.
d = {"a": 1, "key": "value"}
print(f"{d['a']} {d['key']}")
print(f'{d["key"]!r}')
class C:
    attr = "attribute"
c = C()
print(f"{c.attr} {c.attr.upper()}")
rows = [{"n": "x", "v": 1}, {"n": "y", "v": 22}]
for r in rows:
    print(f"{r['n']:>3}:{r['v']:<4}|")
print(f"{d}")
print(f"{ {'k': 1}['k'] }")
