# ord and chr round-trips.
print(ord("A"), ord("a"), ord("0"), ord(" "), ord("é"), ord("가"), ord("\n"))
print(chr(65), chr(97), chr(48), chr(0xAC00), repr(chr(10)))
print("".join(chr(ord(c) + 1) for c in "HAL"))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
