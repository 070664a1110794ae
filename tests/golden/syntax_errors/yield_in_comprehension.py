# yield inside a comprehension body is a SyntaxError naming the comprehension kind.
def f():
    return [x for x in range(3) if (yield x)]
