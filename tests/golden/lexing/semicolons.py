# Semicolons separate simple statements on one line.
a = 1; b = 2; c = a + b
print(a, b, c)
x = 5; print(x);
if c: print("one"); print("two")
for i in range(2): print(i); print(-i)
def f(): return 3;
print(f())
