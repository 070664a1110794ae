# input() returns the last line even without a trailing newline; then EOFError.
print(repr(input("> ")))
print(repr(input("> ")))
try:
    input("> ")
except EOFError:
    print("EOF")
