# String processing of Korean text: counting, reversing, alignment.
sentence = "나는 파이썬을 좋아합니다 그리고 파이썬은 재미있습니다"
words = sentence.split()
print(len(sentence), len(words))
print(" | ".join(reversed(words)))
freq = {}
for ch in sentence.replace(" ", ""):
    freq[ch] = freq.get(ch, 0) + 1
common = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(common)
print([w for w in words if w.startswith("파이썬")])
for w in words[:3]:
    print(f"[{w:^8}] {len(w)}")
print(sentence.count("파이썬"), sentence.find("좋아"), sentence.replace("파이썬", "Python"))
