# Iterating over a non-iterable value.
count = 3
for i in count:
    print(i)
