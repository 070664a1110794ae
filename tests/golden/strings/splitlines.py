# splitlines with different line endings and keepends.
text = "one\ntwo\r\nthree\rfour\n\nsix"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines())
print("trailing\n".split("\n"))
print("a\nb\n".splitlines(keepends=True), "a\r\nb".splitlines(keepends=False))
