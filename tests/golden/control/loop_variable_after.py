# Loop variables remain bound after the loop; else and break interplay with them.
for i in range(3):
    pass
print(i)
for ch in "xyz":
    if ch == "y":
        break
print(ch)
for k in []:
    pass
try:
    print(k)
except NameError as e:
    print("NameError:", e)
total = 0
for a, b in [(1, 2), (3, 4)]:
    total += a * b
print(total, a, b)
