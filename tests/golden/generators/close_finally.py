# close() runs the generator's finally block; a finished generator closes quietly.
def resource():
    print("open")
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = resource()
print(next(g))
g.close()
print("closed")
g.close()
for v in resource():
    print("value", v)
def catches():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
c = catches()
next(c)
c.close()
