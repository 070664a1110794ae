# Adjacent string literals are concatenated at compile time.
s = "abc" 'def' """ghi"""
print(s)
t = ("one "
     "two "
     "three")
print(t)
print("x" "y" == "xy")
name = "kim"
print("hello " f"{name}" "!")
print(r"\n" "\n" == "\\n\n")
