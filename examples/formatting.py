# Formatting: f-strings, format specs, str.format, %-formatting, and Korean text.

items = [("사과", 3, 1200), ("바나나", 12, 450.5), ("딸기", 1, 9900)]

print(f"{'품목':<6}|{'수량':>4}|{'가격':>10}")
print("-" * 24)
for name, qty, price in items:
    print(f"{name:<6}|{qty:>4}|{price:>10,.1f}")
total = sum(q * p for _, q, p in items)
print(f"합계: {total:,.2f}원 ({len(items)}개 품목)")

greeting = "안녕하세요, 세계!"
print(len(greeting), greeting[:5], greeting[::-1])
print(greeting.replace("세계", "coropy"), "세계" in greeting, greeting.find("세계"))
print([hex(ord(c)) for c in "한글"], chr(0xAC00))
print(f"[{'가운데':^11}]", f"[{'오른쪽':*>8}]")

pi = 3.14159265358979
print(f"{pi:.3f} {pi:10.4e} {pi:+.1%} {1234567:_} {255:#x} {255:08b} {-42:+05d}")
print("{0} loves {1}; {1} loves {0}".format("Alice", "Bob"))
print("{name:>8}: {score:06.2f}".format(name="민수", score=93.456))
print("%s has %d items costing %.2f (%5.1f%%)" % ("cart", 3, 12.5, 37.25))
print(f"{'nested':{'^'}{12}}", f"{3 + 4=}", f"{items[0][0]!r}")
print(repr(0.1 + 0.2), str(1e16), 1 / 3, round(2.675, 2), 10**20)
