# input() at end of stdin raises EOFError.
first = input("first: ")
print("got", first)
try:
    input("second: ")
except EOFError as e:
    print("EOFError:", e)
