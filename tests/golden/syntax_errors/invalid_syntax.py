# A plain invalid-syntax error: nothing runs, not even earlier prints.
print("this is never printed")
x = 1 +* 2
