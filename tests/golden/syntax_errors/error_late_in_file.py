# A syntax error near the end still prevents everything from running.
def f():
    print("never printed")
    return 1
for i in range(3):
    print(f())
else
    pass
