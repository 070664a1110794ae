# while loops with else, break and continue.
n = 0
while n < 3:
    print("n =", n)
    n += 1
else:
    print("while finished normally")
n = 0
while True:
    n += 1
    if n % 2 == 0:
        continue
    if n > 7:
        break
    print("odd", n)
else:
    print("never printed")
print("after", n)
while False:
    pass
else:
    print("else runs for a loop that never iterates")
