# 'yield from' is a SyntaxError inside async def
async def agen():
    yield 1
    yield from [2, 3]


print("never printed")
