# Format widths count code points, so Korean text pads by character count.
names = ["김철수", "이영", "박", "Smith"]
for n in names:
    print(f"[{n:<6}] [{n:>6}] [{n:^6}]")
print(f"{'한글':*^8}")
print(len(f"{'가나다':10}"))
print("{:>5}|".format("서울"))
