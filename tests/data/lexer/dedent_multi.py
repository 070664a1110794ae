def f():
    if a:
        if b:
            pass
    return \
        1
x = 1
