# Korean text in strings, identifiers and comments.
인사 = "안녕하세요"
print(인사)
print(len(인사))
print(인사[0], 인사[-1], 인사[1:3])
이름 = "세계"
print(f"{인사}, {이름}!")
print(repr("한글"))
print("가" < "나", ord("가"), chr(44032))
def 더하기(a, b):
    return a + b
print(더하기(2, 3))
